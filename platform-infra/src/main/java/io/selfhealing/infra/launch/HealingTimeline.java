package io.selfhealing.infra.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures how long healing took: from the first 429 line the demo target logged to the moment the
 * coordinator saw the fix committed (the APPLYING → VALIDATING transition).
 */
public final class HealingTimeline {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private HealingTimeline() {
    }

    /** Milliseconds from the first error line to the fix commit, if both are known. */
    public static Optional<Long> firstErrorToFixMs(PlatformLauncher.DemoTarget demo, JsonNode incidentDetail) {
        Optional<Instant> firstError = firstErrorLine(demo);
        Optional<Instant> committed = Optional.empty();
        for (JsonNode t : incidentDetail.path("transitions")) {
            if ("VALIDATING".equals(t.path("toState").asText())) {
                committed = Optional.of(Instant.parse(t.path("at").asText()));
            }
        }
        if (firstError.isEmpty() || committed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(firstError.get(), committed.get()).toMillis());
    }

    static void print(PlatformLauncher platform, PlatformClient client, String incidentId) {
        JsonNode detail = client.get(platform.service("coordinator").url() + "/api/incidents/" + incidentId)
                .path("data");
        firstErrorToFixMs(platform.demo("demo-target"), detail).ifPresentOrElse(
                ms -> System.out.println("first error line -> fix commit: " + ms + " ms"),
                () -> System.out.println("first error line -> fix commit: not measurable"));
    }

    private static Optional<Instant> firstErrorLine(PlatformLauncher.DemoTarget demo) {
        try (Stream<String> lines = Files.lines(demo.logFile())) {
            return lines.filter(l -> l.contains(" 429 ")).findFirst()
                    .map(l -> LocalDateTime.parse(l.substring(0, 23), LOG_TIME).atZone(ZoneId.systemDefault())
                            .toInstant());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
