package io.selfhealing.infra.launch;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP/JSON client of the platform's and the demo target's APIs (smoke run, e2e tests). */
public final class PlatformClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String operatorAuth;

    public PlatformClient(String operatorPassword) {
        this.operatorAuth = "Basic " + Base64.getEncoder()
                .encodeToString(("operator:" + operatorPassword).getBytes(StandardCharsets.UTF_8));
    }

    public JsonNode get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", operatorAuth).GET());
    }

    public JsonNode post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", operatorAuth).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                        + " -> " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? null : EventCodec.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
