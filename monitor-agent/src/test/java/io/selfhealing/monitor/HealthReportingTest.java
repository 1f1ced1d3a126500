package io.selfhealing.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.HealthReadings;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MonitorFixture.class, restrictToAnnotatedClass = false)
class HealthReportingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void reportsHealthyThenCriticalAtOnceWhenTheEndpointStartsFailing() throws Exception {
        try (KafkaProbe probe = healthProbe()) {
            HealthReported healthy = report(probe.await(r -> is(r, "flaky", HealthStatus.HEALTHY), WAIT));
            assertEquals("http", healthy.targetType());
            assertEquals(200, ((Number) healthy.checks().get(0).details().get("statusCode")).intValue());
            assertTrue(healthy.checks().get(0).latencyMs() >= 0);

            setFlakyStatus(503);
            HealthReported critical = report(probe.await(r -> is(r, "flaky", HealthStatus.CRITICAL), WAIT));
            assertTrue(critical.reasons().contains("HTTP 503"), critical.reasons().toString());
            assertEquals(503, ((Number) critical.checks().get(0).details().get("statusCode")).intValue());
            assertEquals("monitor-agent", critical.header().source());
        } finally {
            setFlakyStatus(200);
        }
    }

    @Test
    void hungEndpointIsCriticalAfterItsTimeoutWhileOtherTargetsKeepReporting() {
        try (KafkaProbe probe = healthProbe()) {
            ConsumerRecord<String, String> first = probe.await(r -> "hung".equals(r.key()), WAIT);
            ConsumerRecord<String, String> second = probe.await(r -> "hung".equals(r.key()) && r != first, WAIT);
            HealthReported hung = report(second);
            assertEquals(HealthStatus.CRITICAL, hung.status());
            assertTrue(hung.reasons().get(0).contains("no answer within 3000 ms"), hung.reasons().toString());

            long steadyBetween = probe.drain(Duration.ZERO).stream()
                    .filter(r -> "steady".equals(r.key()))
                    .map(HealthReportingTest::report)
                    .filter(r -> r.header().occurredAt().isAfter(report(first).header().occurredAt())
                            && r.header().occurredAt().isBefore(hung.header().occurredAt()))
                    .count();
            assertTrue(steadyBetween >= 2, "steady target reported " + steadyBetween
                    + " times while the hung one was waiting for its timeout");
        }
    }

    @Test
    void refusedConnectionIsCritical() {
        try (KafkaProbe probe = healthProbe()) {
            HealthReported refused = report(probe.await(r -> "refused".equals(r.key()), WAIT));
            assertEquals(HealthStatus.CRITICAL, refused.status());
            assertEquals("connection refused", refused.reasons().get(0));
        }
    }

    @Test
    void blockingProbesReportThroughTheBrokerWithTheirChecks() {
        try (KafkaProbe probe = healthProbe()) {
            HealthReported host = report(probe.await(r -> "this-host".equals(r.key()), WAIT));
            assertEquals("host", host.targetType());
            assertTrue(host.checks().stream().anyMatch(c -> c.name().equals("cpu")), host.checks().toString());
            HealthReported db = report(probe.await(r -> "orders-db".equals(r.key()), WAIT));
            assertEquals("postgresql", db.targetType());
            assertEquals(HealthStatus.HEALTHY, db.status(), db.reasons().toString());
            assertTrue(db.checks().get(0).latencyMs() >= 0);
        }
    }

    @Test
    void aTargetWithMetricsUrlReportsItsPoolUsageWhateverItsType() {
        try (KafkaProbe probe = healthProbe()) {
            HealthReported worker = report(probe.await(r -> "pooled-worker".equals(r.key()), WAIT));
            assertEquals("process", worker.targetType());
            assertEquals(Optional.of(95.0), HealthReadings.poolUsagePercent(worker), worker.checks().toString());
            assertEquals(HealthStatus.WARNING, worker.status(), worker.reasons().toString());
        }
    }

    private static KafkaProbe healthProbe() {
        return new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.HEALTH);
    }

    private static boolean is(ConsumerRecord<String, String> record, String target, HealthStatus status) {
        return target.equals(record.key()) && report(record).status() == status;
    }

    private static HealthReported report(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value(), HealthReported.class);
    }

    private static void setFlakyStatus(int code) throws Exception {
        String base = ConfigProvider.getConfig().getValue("fixture.base-url", String.class);
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/set?code=" + code)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
