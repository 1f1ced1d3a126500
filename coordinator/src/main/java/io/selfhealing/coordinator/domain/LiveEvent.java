package io.selfhealing.coordinator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change a dashboard should show: {@code kind} incident, health or alert (or heartbeat),
 * with the ids to refetch and a short {@code state} (incident state, health status, alert severity).
 */
public record LiveEvent(String kind, String targetId, String incidentId, String state, Instant at) {

    /** Reads the few fields it needs from an event of the given topic; unknown topics give null. */
    public static LiveEvent of(String topic, JsonNode event) {
        String kind = switch (topic) {
            case "healing.incidents" -> "incident";
            case "healing.health" -> "health";
            case "healing.alerts" -> "alert";
            default -> null;
        };
        if (kind == null || event == null) {
            return null;
        }
        JsonNode header = event.path("header");
        String state = switch (kind) {
            case "incident" -> event.path("to").asText(null);
            case "health" -> event.path("status").asText(null);
            default -> event.path("severity").asText(null);
        };
        return new LiveEvent(kind, header.path("targetId").asText(null), header.path("incidentId").asText(null), state,
                Instant.now());
    }
}
