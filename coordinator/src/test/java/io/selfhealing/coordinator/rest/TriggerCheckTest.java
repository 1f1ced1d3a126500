package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * trigger-check through the real broker: the coordinator writes a PROBE command on healing.commands,
 * this test plays monitor-agent (answers on healing.health with the request's id), and the endpoint
 * returns those fresh results — or a 504 problem when nobody answers within the check timeout.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class TriggerCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void asksMonitorAgentToProbeOneTargetNowAndReturnsItsFreshResult() {
        String target = "check-" + System.nanoTime();
        try (KafkaProbe agent = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS)) {
            knownTarget(agent, target, HealthStatus.CRITICAL);
            CompletableFuture<Response> call = trigger("?target=" + target + "&reason=after the deploy");
            CommandIssued request = awaitProbe(agent, target);
            assertEquals(CommandType.PROBE, request.type());
            assertNull(request.plan());
            assertTrue(request.expiresAt().isAfter(Instant.now()), "the request expires with the wait");
            answer(agent, request, target, HealthStatus.HEALTHY, 1);

            call.join().then().statusCode(200).body("status", equalTo("success"))
                    .body("data.request_id", equalTo(request.header().eventId()))
                    .body("data.complete", equalTo(true)).body("data.requested", equalTo(1))
                    .body("data.status", equalTo("healthy")).body("data.issues", equalTo(0))
                    .body("data.checks." + target + ".status", equalTo("healthy"));
            given().auth().oauth2(TestTokens.token("vera", Roles.VIEWER)).get("/api/audit").then().statusCode(200)
                    .body("data.findAll { it.action == 'trigger-check' && it.subject == '" + target + "' }.reason",
                            hasItem("after the deploy"));
        }
    }

    @Test
    void aCheckOfEveryTargetWaitsForAsManyAnswersAsMonitorAgentAnnounces() {
        try (KafkaProbe agent = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS)) {
            CompletableFuture<Response> call = trigger("");
            CommandIssued request = awaitProbe(agent, CommandType.ALL_TARGETS);
            answer(agent, request, "all-a", HealthStatus.HEALTHY, 2);
            answer(agent, request, "all-a", HealthStatus.HEALTHY, 2); // a second monitor-agent instance
            answer(agent, request, "all-b", HealthStatus.WARNING, 2);

            call.join().then().statusCode(200)
                    .body("data.complete", equalTo(true)).body("data.requested", equalTo(2))
                    .body("data.status", equalTo("warning")).body("data.issues", equalTo(1))
                    .body("data.checks.keySet()", equalTo(java.util.Set.of("all-a", "all-b")));
        }
    }

    @Test
    void noAnswerWithinTheCheckTimeoutIsA504ProblemNamingMonitorAgent() {
        String target = "silent-" + System.nanoTime();
        try (KafkaProbe agent = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS)) {
            knownTarget(agent, target, HealthStatus.HEALTHY);
            Response response = trigger("?target=" + target).join();
            assertFalse(awaitProbe(agent, target).header().eventId().isBlank(), "the request was sent");
            response.then().statusCode(504).contentType("application/problem+json")
                    .body("status", equalTo(504)).body("detail", containsString("monitor-agent did not answer"));
        }
    }

    @Test
    void anUnknownTargetIsA404NamingTheFieldAndAViewerMayNotTrigger() {
        operator().post("/api/monitoring/trigger-check?target=nobody-" + System.nanoTime()).then().statusCode(404)
                .body("field", equalTo("target"));
        given().auth().oauth2(TestTokens.token("vera", Roles.VIEWER)).post("/api/monitoring/trigger-check")
                .then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().oauth2(TestTokens.token("otto", Roles.OPERATOR));
    }

    private static CompletableFuture<Response> trigger(String query) {
        return CompletableFuture.supplyAsync(() -> operator().post("/api/monitoring/trigger-check" + query));
    }

    /** The coordinator knows a target once it reported (its latest health is kept). */
    private static void knownTarget(KafkaProbe probe, String target, HealthStatus status) {
        probe.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(EventHeader.create("monitor-agent",
                target), "http", status, List.of(), List.of())));
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.token("vera",
                Roles.VIEWER)).get("/api/monitoring/health").then().body("data.checks." + target, org.hamcrest.Matchers.notNullValue()));
    }

    private static CommandIssued awaitProbe(KafkaProbe agent, String target) {
        return EventCodec.decode(agent.await(r -> target.equals(r.key())
                && EventCodec.decode(r.value(), CommandIssued.class).type() == CommandType.PROBE, WAIT).value(),
                CommandIssued.class);
    }

    private static void answer(KafkaProbe agent, CommandIssued request, String target, HealthStatus status, int of) {
        agent.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(EventHeader.create("monitor-agent",
                target), "http", status, List.of(), List.of(), request.header().eventId(), of)));
    }
}
