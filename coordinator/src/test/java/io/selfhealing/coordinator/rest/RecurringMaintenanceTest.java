package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.selfhealing.coordinator.TestProposals;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Recurring windows (cron + time zone + duration) hold back automatic fixes only while open. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class RecurringMaintenanceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RequestSpecification operator() {
        return given().auth().oauth2(TestTokens.token("otto", Roles.OPERATOR)).contentType("application/json");
    }

    private static String window(String target, String cron, String zone, String duration) {
        return "{\"targetId\":\"" + target + "\",\"cron\":\"" + cron + "\",\"timeZone\":\"" + zone
                + "\",\"duration\":\"" + duration + "\",\"reason\":\"nightly batch\"}";
    }

    @Test
    void anOpenRecurringWindowHoldsTheFixAndAClosedOneDoesNot() {
        String open = "rec-open-" + System.nanoTime();
        String closed = "rec-closed-" + System.nanoTime();
        // Opens every minute for an hour: open now, whatever the time.
        operator().body(window(open, "* * * * *", "Europe/Berlin", "1h")).post("/api/maintenance").then()
                .statusCode(200).body("data.cron", equalTo("* * * * *"));
        // Opens daily 12 hours from now for 30 minutes: closed now.
        int hour = ZonedDateTime.now(ZoneOffset.UTC).plusHours(12).getHour();
        operator().body(window(closed, "0 " + hour + " * * *", "UTC", "PT30M")).post("/api/maintenance").then()
                .statusCode(200);

        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS,
                Topics.INCIDENTS)) {
            probe.send(Topics.FIX_PROPOSALS, open, EventCodec.encode(proposal(open)));
            probe.send(Topics.FIX_PROPOSALS, closed, EventCodec.encode(proposal(closed)));
            IncidentChanged held = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.INCIDENTS)
                    && open.equals(r.key()) && r.value().contains("AWAITING_APPROVAL"), WAIT).value(),
                    IncidentChanged.class);
            assertTrue(held.reason().contains("recurring * * * * * Europe/Berlin"), held.reason());
            CommandIssued backup = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.COMMANDS)
                    && closed.equals(r.key()), WAIT).value(), CommandIssued.class);
            assertTrue(backup.type() == CommandType.BACKUP);
        }
    }

    @Test
    void wrongScheduleFieldsAreNamed() {
        operator().body(window("x", "every night", "UTC", "30m")).post("/api/maintenance").then().statusCode(400)
                .body("field", equalTo("cron"));
        operator().body(window("x", "0 2 * * *", "Mars/Olympus", "30m")).post("/api/maintenance").then()
                .statusCode(400).body("field", equalTo("timeZone"));
        operator().body(window("x", "0 2 * * *", "UTC", "half an hour")).post("/api/maintenance").then()
                .statusCode(400).body("field", equalTo("duration"));
        operator().body(window("x", "0 2 * * *", "UTC", "30h")).post("/api/maintenance").then()
                .statusCode(400).body("field", equalTo("duration"));
    }

    private static FixProposed proposal(String target) {
        return TestProposals.delay(target, 95);
    }
}
