package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.selfhealing.coordinator.TestProposals;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.EmbeddedDatabase;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** autonomous and dry-run switched at runtime by an admin only, kept in PostgreSQL, audited, honoured by the gates. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class RuntimeSwitchesTest {

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, role)).contentType("application/json");
    }

    private static void set(String name, boolean enabled, String reason) {
        as("sam", Roles.ADMIN).body("{\"enabled\": " + enabled + ", \"reason\": \"" + reason + "\"}")
                .put("/api/switches/" + name).then().statusCode(200).body("data.enabled", equalTo(enabled));
    }

    @AfterEach
    void backToTheConfiguredValues() {
        set("autonomous", true, "test over");
        set("dry-run", false, "test over");
    }

    @Test
    void onlyAnAdminSwitchesWithAReasonAndEveryChangeIsAuditedAndShown() {
        as("vera", Roles.VIEWER).get("/api/switches").then().statusCode(200)
                .body("data.autonomous.enabled", notNullValue()).body("data.'dry-run'.enabled", notNullValue());
        as("otto", Roles.OPERATOR).body("{\"enabled\": false, \"reason\": \"x\"}").put("/api/switches/autonomous")
                .then().statusCode(403);
        as("sam", Roles.ADMIN).body("{\"enabled\": false}").put("/api/switches/autonomous").then().statusCode(400)
                .body("field", equalTo("reason"));
        as("sam", Roles.ADMIN).body("{\"enabled\": \"no\", \"reason\": \"x\"}").put("/api/switches/autonomous")
                .then().statusCode(400).body("field", equalTo("enabled"));
        as("sam", Roles.ADMIN).body("{\"enabled\": true, \"reason\": \"x\"}").put("/api/switches/turbo")
                .then().statusCode(404).body("field", equalTo("name"));

        set("autonomous", false, "change freeze for the sale");
        as("vera", Roles.VIEWER).get("/api/switches").then().statusCode(200)
                .body("data.autonomous.enabled", equalTo(false)).body("data.autonomous.source", equalTo("runtime"))
                .body("data.autonomous.changedBy", equalTo("sam"))
                .body("data.autonomous.reason", equalTo("change freeze for the sale"))
                .body("data.autonomous.changedAt", notNullValue());
        as("vera", Roles.VIEWER).get("/api/monitoring/status").then().statusCode(200)
                .body("data.autonomous_mode", equalTo("disabled"))
                .body("data.switches.autonomous.changedBy", equalTo("sam"));
        as("vera", Roles.VIEWER).get("/api/audit").then().statusCode(200)
                .body("data.findAll { it.action == 'switch' && it.actor == 'sam' }.subject", hasItem("autonomous=false"))
                .body("data.findAll { it.action == 'switch' && it.actor == 'sam' }.reason",
                        hasItem("change freeze for the sale"));
    }

    @Test
    void theSwitchesLiveInPostgresqlSoEveryInstanceAndARestartReadThem() throws SQLException {
        set("dry-run", true, "rehearsal");
        assertEquals(true, row("dry-run"), "the switch is a row in the coordinator's database");
        // another instance (or this one after a restart) switching it back is what this one reads
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE runtime_switch SET enabled = false, changedby = 'other-instance' WHERE name = 'dry-run'");
        }
        as("vera", Roles.VIEWER).get("/api/switches").then().statusCode(200)
                .body("data.'dry-run'.enabled", equalTo(false)).body("data.'dry-run'.changedBy", equalTo("other-instance"));
    }

    @Test
    void theGatesHonourTheSwitches() {
        set("autonomous", false, "humans only tonight");
        assertTrue(approvalAlertFor(confidentProposal()).message().contains("autonomous mode is off"));
        set("autonomous", true, "back to normal");
        set("dry-run", true, "watching what it would do");
        AlertRaised dry = approvalAlertFor(confidentProposal());
        assertTrue(dry.message().contains("dry run"), dry.message());
        assertTrue(!dry.message().contains("autonomous mode is off"), dry.message());
    }

    private static String confidentProposal() {
        return "switch-" + System.nanoTime();
    }

    /** A fix every other gate lets through (confidence 95, risk LOW): waits for a human, with an alert. */
    private static AlertRaised approvalAlertFor(String target) {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.ALERTS)) {
            probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(TestProposals.delay(target, 95)));
            AlertRaised alert = EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS)
                    && target.equals(r.key()), Duration.ofSeconds(30)).value(), AlertRaised.class);
            as("vera", Roles.VIEWER).get("/api/incidents/" + alert.header().incidentId()).then().statusCode(200)
                    .body("data.incident.state", equalTo("AWAITING_APPROVAL"))
                    .body("data.transitions.reason", hasItem(containsString(alert.message().contains("dry run")
                            ? "dry run" : "autonomous mode is off")));
            return alert;
        }
    }

    private static Boolean row(String name) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT enabled FROM runtime_switch WHERE name = '" + name + "'")) {
            return rs.next() ? rs.getBoolean(1) : null;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SharedInfra.get().database().jdbcUrl("coordinator"), EmbeddedDatabase.USER, "");
    }
}
