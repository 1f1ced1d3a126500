package io.selfhealing.demo.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Calls the upstream over real HTTP, as an application would. */
final class UpstreamClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ObjectMapper json = new ObjectMapper();

    CallResult fetch(URI uri, long timeoutMs) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(timeoutMs))
                .header("Accept", "application/json")
                .GET()
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return new CallResult.HttpError(response.statusCode(),
                        response.headers().firstValue("Retry-After").orElse(null));
            }
            JsonNode items = json.readTree(response.body()).path("items");
            return new CallResult.Ok(items.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (HttpTimeoutException e) {
            return new CallResult.TimedOut();
        } catch (IOException e) {
            return new CallResult.Failed(e);
        }
    }
}
