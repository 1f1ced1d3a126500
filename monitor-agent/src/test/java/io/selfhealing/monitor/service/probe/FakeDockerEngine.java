package io.selfhealing.monitor.service.probe;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP/1.1 server on a Unix socket that answers Docker Engine API paths with canned JSON
 * (sized or chunked, as the real engine does), or accepts and never answers when {@link #hang()}.
 */
final class FakeDockerEngine implements AutoCloseable {

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<SocketChannel> held = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean hang;
    private volatile boolean chunked;

    FakeDockerEngine(Path socket) throws IOException {
        this.socket = socket;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread acceptor = new Thread(this::serve, "fake-docker");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Path socket() {
        return socket;
    }

    FakeDockerEngine answer(String pathAndQuery, String json) {
        answers.put(pathAndQuery, json);
        return this;
    }

    void chunked() {
        chunked = true;
    }

    void hang() {
        hang = true;
    }

    List<String> requests() {
        return requests;
    }

    private void serve() {
        try {
            while (true) {
                SocketChannel client = server.accept();
                if (hang) {
                    held.add(client);
                } else {
                    try (client) {
                        respond(client);
                    } catch (IOException e) {
                        // the client went away; next connection
                    }
                }
            }
        } catch (IOException closed) {
            // server closed
        }
    }

    private void respond(SocketChannel client) throws IOException {
        StringBuilder request = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (request.indexOf("\r\n\r\n") < 0 && client.read(buffer) > 0) {
            request.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
            buffer.clear();
        }
        String path = request.toString().split(" ", 3)[1];
        requests.add(path);
        String body = answers.get(path);
        int status = body == null ? 404 : 200;
        byte[] bytes = (body == null ? "{\"message\":\"No such container\"}" : body).getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                + "\r\nContent-Type: application/json\r\nApi-Version: 1.45\r\n";
        if (chunked) {
            int half = bytes.length / 2;
            String text = new String(bytes, StandardCharsets.UTF_8);
            write(client, head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(half) + "\r\n"
                    + text.substring(0, half) + "\r\n" + Integer.toHexString(bytes.length - half) + "\r\n"
                    + text.substring(half) + "\r\n0\r\n\r\n");
        } else {
            write(client, head + "Content-Length: " + bytes.length + "\r\n\r\n" + new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static void write(SocketChannel client, String text) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) {
            client.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel c : held) {
            c.close();
        }
    }
}
