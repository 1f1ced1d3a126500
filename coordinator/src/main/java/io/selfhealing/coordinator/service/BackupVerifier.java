package io.selfhealing.coordinator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.EventCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks backup-manager to re-hash every stored backup (its {@code /api/backups/{id}/verify}, which
 * compares each item's SHA-256 with the one recorded at backup time) and lists those that fail.
 */
@ApplicationScoped
public class BackupVerifier {

    /** backups checked, and the ids that did not verify (with why). */
    public record Result(int checked, List<String> failed) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Uni<Result> verifyAll(String baseUrl) {
        return Uni.createFrom().item(() -> run(baseUrl)).runSubscriptionOn(io.smallrye.mutiny.infrastructure
                .Infrastructure.getDefaultWorkerPool());
    }

    Result run(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        List<String> failed = new ArrayList<>();
        JsonNode list = get(base + "/api/backups?limit=1000");
        for (JsonNode backup : list) {
            String id = backup.path("backupId").asText();
            try {
                JsonNode verdict = get(base + "/api/backups/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                        + "/verify");
                if (!verdict.path("valid").asBoolean(false)) {
                    failed.add(id + ": content no longer matches its SHA-256");
                }
            } catch (IllegalStateException e) {
                failed.add(id + ": " + e.getMessage());
            }
        }
        return new Result(list.size(), List.copyOf(failed));
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " -> HTTP " + r.statusCode());
            }
            return EventCodec.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
