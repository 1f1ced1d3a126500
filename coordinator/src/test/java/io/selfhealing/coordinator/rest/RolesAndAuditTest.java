package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.selfhealing.coordinator.TestProposals;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bearer tokens with viewer < operator < admin, and every human decision audited on the incident. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class RolesAndAuditTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    @Test
    void readsNeedAViewerTokenAndForgedExpiredOrForeignTokensAreRefused() {
        given().get("/api/incidents").then().statusCode(401);
        given().get("/api/monitoring/health").then().statusCode(401);
        as(TestTokens.token("vera", Roles.VIEWER)).get("/api/incidents").then().statusCode(200);
        as(TestTokens.token("vera", Roles.VIEWER)).get("/api/monitoring/status").then().statusCode(200);
        as(TestTokens.token("otto", Roles.OPERATOR)).get("/api/maintenance").then().statusCode(200);
        as(TestTokens.token("nobody")).get("/api/incidents").then().statusCode(403);
        as(TestTokens.sign("vera", "https://elsewhere", Duration.ofMinutes(5), Roles.ADMIN)).get("/api/incidents")
                .then().statusCode(401);
        as(TestTokens.sign("vera", TestTokens.ISSUER, Duration.ofMinutes(-10), Roles.ADMIN)).get("/api/incidents")
                .then().statusCode(401);
        String token = TestTokens.token("vera", Roles.ADMIN);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        as(forged).get("/api/incidents").then().statusCode(401);
    }

    @Test
    void aViewerCannotDecideAnOperatorCanAndEveryDecisionIsAuditedOnTheIncident() {
        String target = "roles-" + System.nanoTime();
        String incident = awaitApprovalAlert(target).header().incidentId();
        String viewer = TestTokens.token("vera", Roles.VIEWER);
        as(viewer).post("/api/incidents/" + incident + "/approve").then().statusCode(403);
        as(viewer).contentType("application/json").body("{\"targetId\":\"x\",\"endsAt\":\""
                + Instant.now().plusSeconds(60) + "\"}").post("/api/maintenance").then().statusCode(403);

        String operator = TestTokens.token("otto", Roles.OPERATOR);
        as(operator).queryParam("reason", "looking at the upstream").post("/api/incidents/" + incident + "/acknowledge")
                .then().statusCode(200);
        as(operator).contentType("application/json").body("{\"reason\": \"delay bump is safe, traffic is low\"}")
                .post("/api/incidents/" + incident + "/approve").then().statusCode(200)
                .body("data.state", equalTo("BACKING_UP"));
        as(operator).contentType("application/json").body("{\"reason\": 42}")
                .post("/api/incidents/" + incident + "/reject").then().statusCode(400).body("field", equalTo("reason"));

        as(viewer).get("/api/incidents/" + incident).then().statusCode(200)
                .body("data.decisions.action", equalTo(List.of("acknowledge", "approve")))
                .body("data.decisions.actor", equalTo(List.of("otto", "otto")))
                .body("data.decisions[1].reason", equalTo("delay bump is safe, traffic is low"))
                .body("data.decisions[0].reason", equalTo("looking at the upstream"))
                .body("data.transitions.reason", hasItem("approved by otto: delay bump is safe, traffic is low"));
        as(viewer).get("/api/audit").then().statusCode(200).body("data.subject", hasItem(incident));
        as(viewer).get("/api/audit?from=yesterday").then().statusCode(400).body("field", equalTo("from"));
    }

    @Test
    void anAdminIsAlsoAnOperator() {
        String admin = TestTokens.token("ada", Roles.ADMIN);
        String window = as(admin).contentType("application/json").body("{\"targetId\":\"admin-t\",\"endsAt\":\""
                + Instant.now().plusSeconds(60) + "\",\"reason\":\"kernel patch\"}").post("/api/maintenance")
                .then().statusCode(200).extract().path("data.id");
        as(admin).delete("/api/maintenance/" + window + "?reason=done early").then().statusCode(200);
        List<String> actions = as(admin).get("/api/audit").then().statusCode(200).extract()
                .path("data.findAll { it.actor == 'ada' }.action");
        assertEquals(List.of("maintenance-add", "maintenance-end"), actions);
    }

    private static AlertRaised awaitApprovalAlert(String target) {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.ALERTS)) {
            probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(TestProposals.delay(target, 60)));
            return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS) && target.equals(r.key()),
                    Duration.ofSeconds(30)).value(), AlertRaised.class);
        }
    }
}
