package io.selfhealing.healctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The coordinator's HTTP API, signed in with a bearer token or (local run) user:password. */
public final class Api {

    /** A non-2xx answer: the problem JSON's detail when there is one. */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public Api(String base, String token, String user) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = token != null && !token.isBlank() ? "Bearer " + token.trim()
                : user != null && !user.isBlank() ? "Basic " + Base64.getEncoder().encodeToString(
                        user.getBytes(StandardCharsets.UTF_8)) : null;
    }

    public String base() {
        return base;
    }

    public JsonNode get(String path) {
        return send(request(path).GET());
    }

    public JsonNode post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public JsonNode put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public JsonNode delete(String path) {
        return send(request(path).DELETE());
    }

    /** GET of an absolute URL without credentials (another service's /q/health). */
    public String getRaw(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (IOException e) {
            return "unreachable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isBlank() ? JSON.getNodeFactory().nullNode() : JSON.readTree(r.body());
            if (r.statusCode() >= 300) {
                String detail = body.path("detail").asText(body.path("title").asText(r.body()));
                throw new Failure(built.method() + " " + built.uri().getPath() + ": HTTP " + r.statusCode()
                        + (detail.isBlank() ? "" : " — " + detail)
                        + (r.statusCode() == 401 ? " (set HEALCTL_TOKEN, or HEALCTL_USER=operator:password)" : ""));
            }
            return body.has("data") ? body.get("data") : body;
        } catch (IOException e) {
            throw new Failure("cannot reach " + built.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
