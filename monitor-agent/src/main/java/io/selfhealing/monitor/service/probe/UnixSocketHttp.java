package io.selfhealing.monitor.service.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * HTTP/1.1 GET over a Unix domain socket (the Docker Engine API), by hand: one request per
 * connection ({@code Connection: close}), read to the end, chunked or sized body. The whole
 * exchange must finish before the timeout; a server that accepts and never answers costs no more.
 */
final class UnixSocketHttp {

    static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    record Response(int status, String body) {
    }

    private UnixSocketHttp() {
    }

    static Response get(Path socket, String pathAndQuery, long timeoutMs) throws IOException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0);
            if (!channel.connect(UnixDomainSocketAddress.of(socket))) {
                await(selector, key, SelectionKey.OP_CONNECT, deadline, timeoutMs);
                channel.finishConnect();
            }
            ByteBuffer request = ByteBuffer.wrap(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: docker\r\n"
                    + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                if (channel.write(request) == 0) {
                    await(selector, key, SelectionKey.OP_WRITE, deadline, timeoutMs);
                }
            }
            return parse(readAll(channel, selector, key, deadline, timeoutMs));
        }
    }

    private static byte[] readAll(SocketChannel channel, Selector selector, SelectionKey key, long deadline,
            long timeoutMs) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        while (true) {
            int n = channel.read(buffer);
            if (n < 0) {
                return all.toByteArray();
            }
            if (n == 0) {
                await(selector, key, SelectionKey.OP_READ, deadline, timeoutMs);
                continue;
            }
            all.write(buffer.array(), 0, buffer.position());
            buffer.clear();
            if (all.size() > MAX_RESPONSE_BYTES) {
                throw new IOException("response larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
        }
    }

    private static void await(Selector selector, SelectionKey key, int op, long deadline, long timeoutMs)
            throws IOException {
        key.interestOps(op);
        long leftMs = (deadline - System.nanoTime()) / 1_000_000;
        if (leftMs <= 0 || selector.select(leftMs) == 0 && System.nanoTime() >= deadline) {
            throw new SocketTimeoutException("no answer within " + timeoutMs + " ms");
        }
        selector.selectedKeys().clear();
    }

    /** Status line, headers, and the body (de-chunked when {@code Transfer-Encoding: chunked}). */
    static Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || headerEnd < 0) {
            throw new IOException("not an HTTP response");
        }
        String[] head = text.substring(0, headerEnd).split("\r\n");
        String[] statusLine = head[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            String h = head[i].toLowerCase(Locale.ROOT);
            chunked |= h.startsWith("transfer-encoding:") && h.contains("chunked");
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, headerEnd + 4, raw.length);
        return new Response(status, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (true) {
            int lineEnd = indexOfCrlf(body, pos);
            if (lineEnd < 0) {
                throw new IOException("truncated chunked body");
            }
            String sizeText = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                return out.toByteArray();
            }
            int start = lineEnd + 2;
            if (start + size > body.length) {
                throw new IOException("truncated chunk");
            }
            out.write(body, start, size);
            pos = start + size + 2;
        }
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
