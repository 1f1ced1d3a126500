package io.selfhealing.monitor.service.probe;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few Redis commands a probe needs, in RESP over a plain socket. Every call must finish before
 * one deadline (connect included): each read waits only for the time left, so a server that
 * accepts and never answers costs at most the probe's timeout.
 */
final class RespConnection implements Closeable {

    /** An error reply ({@code -ERR ...}) of the server. */
    static final class ErrorReply extends IOException {
        ErrorReply(String message) {
            super(message);
        }
    }

    private static final int MAX_BULK = 16 * 1024 * 1024;

    private final Socket socket = new Socket();
    private final long deadlineNanos;
    private final long timeoutMs;
    private InputStream in;
    private OutputStream out;

    RespConnection(long timeoutMs) {
        this.timeoutMs = timeoutMs;
        this.deadlineNanos = System.nanoTime() + timeoutMs * 1_000_000;
    }

    RespConnection open(String host, int port) throws IOException {
        socket.connect(new InetSocketAddress(host, port), remainingMs());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        return this;
    }

    /** Sends one command and returns its reply: String, Long, List, or null (nil). */
    Object call(String... args) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(bytes);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(request.toByteArray());
        out.flush();
        return reply();
    }

    private Object reply() throws IOException {
        String line = line();
        if (line.isEmpty()) {
            throw new IOException("empty reply");
        }
        String rest = line.substring(1);
        return switch (line.charAt(0)) {
            case '+' -> rest;
            case '-' -> throw new ErrorReply(rest);
            case ':' -> Long.parseLong(rest);
            case '$' -> bulk(Integer.parseInt(rest));
            case '*' -> array(Integer.parseInt(rest));
            default -> throw new IOException("not a RESP reply: " + line.substring(0, Math.min(40, line.length())));
        };
    }

    private String bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        if (length > MAX_BULK) {
            throw new IOException("reply of " + length + " bytes is too large");
        }
        byte[] bytes = new byte[length + 2];
        for (int read = 0; read < bytes.length;) {
            socket.setSoTimeout(remainingMs());
            read += checked(in.read(bytes, read, bytes.length - read));
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private List<Object> array(int size) throws IOException {
        if (size < 0) {
            return null;
        }
        List<Object> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(reply());
        }
        return items;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = checked(read())) != '\n') {
            if (line.size() > 64 * 1024) {
                throw new IOException("reply line too long");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private int read() throws IOException {
        socket.setSoTimeout(remainingMs());
        return in.read();
    }

    private int checked(int n) throws IOException {
        if (n < 0) {
            throw new EOFException("connection closed by the server");
        }
        return n;
    }

    private int remainingMs() throws SocketTimeoutException {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("no answer within " + timeoutMs + " ms");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
