package io.selfhealing.notifier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alerts through the real broker and database to real receivers: an HTTP server and an SMTP server. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "notifier"))
@QuarkusTestResource(value = TestReceivers.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class NotifierFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "test-operator-secret";

    private KafkaProbe kafka;

    @BeforeEach
    void open() {
        kafka = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.DLQ);
        // reads need the viewer role: requests sign in as the local run's operator unless they say otherwise
        RestAssured.authentication = RestAssured.preemptive().basic("operator", PASSWORD);
    }

    @AfterEach
    void close() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        kafka.close();
    }

    @Test
    void webhookGetsSignedJsonAndTheSameAlertOnlyOncePerGroupInterval() throws Exception {
        String target = "hook-" + System.nanoTime();
        AlertRaised alert = alert(target, "inc-" + target, "Healing failed", List.of());
        raise(alert);
        TestReceivers.Request first = awaitRequests("/hook", target, 1).get(0);
        assertEquals(hmac(first.body()), first.header("X-Healing-Signature"));
        JsonNode body = EventCodec.mapper().readTree(first.body());
        assertEquals("first", body.path("reason").asText());
        assertEquals("Healing failed", body.path("alerts").path(0).path("title").asText());
        assertEquals(first.header("X-Healing-Notification"), body.path("id").asText());

        raise(alert);                                   // the same event again (a redelivery)
        raise(alert(target, "inc-" + target, "Healing failed", List.of()));  // the same alert, a new event
        await().atMost(WAIT).until(() -> alertView(target).path("occurrences").asInt() == 2);
        Instant intervalOver = first.at().plusSeconds(1);
        await().atMost(WAIT).until(() -> Instant.now().isAfter(intervalOver));
        String marker = "marker-" + System.nanoTime();  // delivered by a later tick than the interval's end
        raise(alert(marker, null, "Marker", List.of()));
        awaitRequests("/hook", marker, 1);
        assertEquals(1, requests("/hook", target).size(), "the same alert went out again within its group interval");
    }

    @Test
    void slackGetsBlocksWithEscapedTextEvidenceAndApproveRejectLinks() throws Exception {
        String target = "slack-" + System.nanoTime();
        String incident = "inc-" + target;
        raise(new AlertRaised(EventHeader.create("coordinator", target, incident), Severity.HIGH,
                "Fix awaiting approval", "log said <script>alert(1)</script>", "/api/incidents/" + incident + "/approve",
                "/api/incidents/" + incident + "/reject", "/api/incidents/" + incident, null,
                List.of(new Evidence("log", "6 lines of rate_limit in window", 6)), Map.of("issueType", "rate_limiting")));
        JsonNode message = EventCodec.mapper().readTree(awaitRequests("/slack", target, 1).get(0).body());
        String blocks = message.path("blocks").toString();
        assertEquals("header", message.path("blocks").path(0).path("type").asText());
        assertTrue(blocks.contains("6 lines of rate_limit in window"), blocks);
        assertTrue(blocks.contains("&lt;script&gt;") && !blocks.contains("<script>"), blocks);
        JsonNode actions = null;
        for (JsonNode block : message.path("blocks")) {
            actions = block.path("type").asText().equals("actions") ? block : actions;
        }
        assertEquals("Approve", actions.path("elements").path(0).path("text").path("text").asText());
        assertEquals("http://localhost:8080/#incident/" + incident, actions.path("elements").path(0).path("url").asText());
        assertEquals("Reject", actions.path("elements").path(1).path("text").path("text").asText());
    }

    @Test
    void aReceiverThatIsDownGetsTheNotificationOnceItIsBack() throws Exception {
        String target = "down-" + System.nanoTime();
        TestReceivers.FLAKY_DOWN.set(true);
        raise(alert(target, null, "Dependency down", List.of()));
        List<TestReceivers.Request> refused = awaitRequests("/flaky", target, 2);
        JsonNode pending = alertView(target).path("deliveries").path(0);
        assertEquals("PENDING", pending.path("state").asText());
        assertTrue(pending.path("lastError").asText().contains("503"), pending.toString());
        TestReceivers.FLAKY_DOWN.set(false);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(alertView(target).path("deliveries").path(0)
                .path("state").asText()));
        List<TestReceivers.Request> all = requests("/flaky", target);
        TestReceivers.Request taken = all.get(all.size() - 1);
        assertEquals(refused.get(0).header("X-Healing-Notification"), taken.header("X-Healing-Notification"),
                "a retry carries the same notification id");
        assertEquals(hmac(taken.body()), taken.header("X-Healing-Signature"));
        assertTrue(alertView(target).path("deliveries").path(0).path("attempts").asInt() >= 3);
    }

    @Test
    void escalatesToTheNextReceiverByMailWhenNobodyAcknowledges() throws Exception {
        String target = "esc-" + System.nanoTime();
        raise(alert(target, "inc-" + target, "Fix awaiting approval",
                List.of(new Evidence("health", "upstream 429 for 40 s", 40))));
        TestReceivers.Request hook = awaitRequests("/hook", target, 1).get(0);
        MimeMessage mail = awaitMail(target);
        Instant mailedAt = Instant.now();
        String text = mail.getContent().toString();
        assertTrue(mail.getSubject().startsWith("[escalated] [HIGH] Fix awaiting approval"), mail.getSubject());
        assertTrue(text.contains("upstream 429 for 40 s"), text);
        assertTrue(text.contains("approve:     POST http://localhost:8080/api/incidents/inc-" + target + "/approve"), text);
        assertEquals(2, mail.getAllRecipients().length);
        Instant firstNotified = Instant.parse(EventCodec.mapper().readTree(hook.body()).path("at").asText());
        assertFalse(mailedAt.isBefore(firstNotified.plusMillis(1500)), "escalated before escalate_after");
    }

    @Test
    void anAcknowledgedAlertIsNotEscalated() throws Exception {
        String target = "esc-acked-" + System.nanoTime();
        raise(alert(target, null, "Healing failed", List.of()));
        awaitRequests("/hook", target, 1);
        long id = alertView(target).path("id").asLong();
        given().auth().none().contentType(ContentType.JSON).body("{}").post("/api/alerts/" + id + "/ack")
                .then().statusCode(401);
        given().auth().preemptive().basic("operator", PASSWORD).contentType(ContentType.JSON)
                .body("{\"comment\":\"looking\"}").post("/api/alerts/" + id + "/ack")
                .then().statusCode(200).body("data.state", equalTo("ACKNOWLEDGED")).body("data.ackedBy", equalTo("operator"));
        String other = "esc-marker-" + System.nanoTime();  // raised after the ack: escalates later than the acked one would
        raise(alert(other, null, "Healing failed", List.of()));
        awaitMail(other);
        assertTrue(mailsAbout(target).isEmpty(), "an acknowledged alert was escalated");
    }

    @Test
    void repeatsAnUnacknowledgedAlertEveryRepeatInterval() throws Exception {
        String target = "repeat-" + System.nanoTime();
        raise(alert(target, null, "Healing failed", List.of()));
        List<TestReceivers.Request> two = awaitRequests("/hook", target, 2);
        JsonNode first = EventCodec.mapper().readTree(two.get(0).body());
        JsonNode repeat = EventCodec.mapper().readTree(two.get(1).body());
        assertEquals("repeat", repeat.path("reason").asText());
        Instant firstAt = Instant.parse(first.path("at").asText());
        assertFalse(Instant.parse(repeat.path("at").asText()).isBefore(firstAt.plusSeconds(1)),
                "repeated before repeat_interval (notification times " + firstAt + ", " + repeat.path("at") + ")");
    }

    @Test
    void anIncidentThatMovedOnResolvesItsAlertsAndStopsTheRepeats() throws Exception {
        String target = "repeat-resolved-" + System.nanoTime();
        String incident = "inc-" + target;
        raise(alert(target, incident, "Fix awaiting approval", List.of()));
        awaitRequests("/hook", target, 1);
        kafka.send(Topics.INCIDENTS, target, EventCodec.encode(new IncidentChanged(
                EventHeader.create("coordinator", target, incident), IncidentState.AWAITING_APPROVAL,
                IncidentState.BACKING_UP, "rate_limiting", 70, "approved by operator")));
        await().atMost(WAIT).until(() -> "RESOLVED".equals(alertView(target).path("state").asText()));
        assertTrue(alertView(target).path("resolvedBy").asText().contains("AWAITING_APPROVAL -> BACKING_UP"));
    }

    @Test
    void aSilencedAlertIsRecordedButNotSentUntilTheSilenceEnds() throws Exception {
        String target = "silenced-" + System.nanoTime();
        String silence = "{\"matchers\":[\"targetId=\\\"" + target + "\\\"\"],\"until\":\""
                + Instant.now().plusSeconds(3600) + "\",\"comment\":\"maintenance\"}";
        given().auth().none().contentType(ContentType.JSON).body(silence).post("/api/silences").then().statusCode(401);
        long id = given().auth().preemptive().basic("operator", PASSWORD).contentType(ContentType.JSON).body(silence)
                .post("/api/silences").then().statusCode(200).extract().jsonPath().getLong("data.id");
        raise(alert(target, null, "Healing failed", List.of()));
        await().atMost(WAIT).until(() -> alertView(target).path("silenced").asBoolean());
        String marker = "marker-" + System.nanoTime();
        raise(alert(marker, null, "Marker", List.of()));
        awaitRequests("/hook", marker, 1);
        assertTrue(requests("/hook", target).isEmpty(), "a silenced alert was sent");
        given().get("/api/silences").then().statusCode(200).body(containsString(target));
        given().auth().preemptive().basic("operator", PASSWORD).delete("/api/silences/" + id).then().statusCode(200);
        awaitRequests("/hook", target, 1);
    }

    @Test
    void bearerTokensOfTheCoordinatorsRolesWorkHereTooAViewerReadsAnOperatorAcksAndSilences() throws Exception {
        String target = "token-" + System.nanoTime();
        raise(alert(target, null, "Healing failed", List.of()));
        awaitRequests("/hook", target, 1);
        long id = alertView(target).path("id").asLong();
        String viewer = TestTokens.token("vera", "viewer");
        String operator = TestTokens.token("otto", "operator");
        given().auth().none().get("/api/alerts").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("nobody")).get("/api/alerts").then().statusCode(403);
        given().auth().oauth2(viewer).get("/api/alerts/" + id).then().statusCode(200);
        given().auth().oauth2(viewer).get("/api/silences").then().statusCode(200);
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body("{}").post("/api/alerts/" + id + "/ack")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.sign("otto", "https://elsewhere", Duration.ofMinutes(5), "operator"))
                .contentType(ContentType.JSON).body("{}").post("/api/alerts/" + id + "/ack").then().statusCode(401);
        given().auth().oauth2(operator).contentType(ContentType.JSON).body("{\"comment\":\"mine\"}")
                .post("/api/alerts/" + id + "/ack").then().statusCode(200).body("data.ackedBy", equalTo("otto"));
        String silence = "{\"matchers\":[\"targetId=\\\"" + target + "\\\"\"],\"until\":\""
                + Instant.now().plusSeconds(600) + "\",\"comment\":\"token test\"}";
        long silenceId = given().auth().oauth2(TestTokens.token("ada", "admin")).contentType(ContentType.JSON)
                .body(silence).post("/api/silences").then().statusCode(200).body("data.createdBy", equalTo("ada"))
                .extract().jsonPath().getLong("data.id");
        given().auth().oauth2(viewer).delete("/api/silences/" + silenceId).then().statusCode(403);
        given().auth().oauth2(operator).delete("/api/silences/" + silenceId).then().statusCode(200);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().get("/api/alerts?limit=abc").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit"));
        given().get("/api/alerts?state=burning").then().statusCode(400).body("detail", containsString("state"));
        given().auth().preemptive().basic("operator", PASSWORD).contentType(ContentType.JSON)
                .body("{\"matchers\":[\"targetId~x\"],\"until\":\"" + Instant.now().plusSeconds(60) + "\"}")
                .post("/api/silences").then().statusCode(400).body("detail", containsString("matchers[0]"));
        given().auth().preemptive().basic("operator", PASSWORD).contentType(ContentType.JSON)
                .body("{\"matchers\":[\"targetId=\\\"x\\\"\"],\"until\":\"2020-01-01T00:00:00Z\"}")
                .post("/api/silences").then().statusCode(400).body("detail", containsString("until"));
        given().auth().preemptive().basic("operator", PASSWORD).contentType(ContentType.JSON).body("{}")
                .post("/api/alerts/999999999/ack").then().statusCode(404);
    }

    private static AlertRaised alert(String target, String incident, String title, List<Evidence> evidence) {
        return new AlertRaised(EventHeader.create("coordinator", target, incident), Severity.HIGH, title,
                "something needs a person", incident == null ? null : "/api/incidents/" + incident + "/approve", null,
                null, null, evidence, Map.of());
    }

    private void raise(AlertRaised alert) {
        kafka.send(Topics.ALERTS, alert.header().targetId(), EventCodec.encode(alert));
    }

    private static List<TestReceivers.Request> requests(String path, String target) {
        return TestReceivers.REQUESTS.stream().filter(r -> r.path().equals(path) && r.body().contains(target)).toList();
    }

    private static List<TestReceivers.Request> awaitRequests(String path, String target, int count) {
        await().atMost(WAIT).until(() -> requests(path, target).size() >= count);
        return requests(path, target);
    }

    private static JsonNode alertView(String target) throws Exception {
        JsonNode list = EventCodec.mapper().readTree(given().get("/api/alerts?limit=1000").then().statusCode(200)
                .extract().asString()).path("data");
        for (JsonNode alert : list) {
            if (alert.path("targetId").asText().equals(target)) {
                return alert;
            }
        }
        return EventCodec.mapper().createObjectNode();
    }

    private static List<MimeMessage> mailsAbout(String target) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : TestReceivers.mail.getReceivedMessages()) {
            if (m.getContent().toString().contains(target)) {
                found.add(m);
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(String target) throws Exception {
        await().atMost(WAIT).until(() -> !mailsAbout(target).isEmpty());
        return mailsAbout(target).get(0);
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestReceivers.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
