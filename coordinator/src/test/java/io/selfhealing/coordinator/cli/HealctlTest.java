package io.selfhealing.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.coordinator.TestProposals;
import io.selfhealing.coordinator.rest.Roles;
import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.Topics;
import io.selfhealing.healctl.Healctl;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** healctl against a real coordinator (this test's), signed in with bearer tokens. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class HealctlTest {

    @TestHTTPResource("/")
    URL coordinator;

    private record Run(int exit, String out, String err) {
    }

    private Run healctl(String token, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Healctl.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--url", coordinator.toString(), "--token", token));
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anOperatorSeesDecidesAndSchedulesFromTheCommandLine() {
        String operator = TestTokens.token("cli-otto", Roles.OPERATOR);
        String target = "cli-" + System.nanoTime();
        String incident = awaitApproval(target);

        assertTrue(healctl(operator, "status").out().startsWith("overall "));
        Run list = healctl(operator, "incidents", "--state", "AWAITING_APPROVAL", "--limit", "100");
        assertTrue(list.out().contains(incident), list.out());
        Run approve = healctl(operator, "approve", incident, "--reason", "from the terminal");
        assertEquals(0, approve.exit(), approve.err());
        assertTrue(approve.out().contains(incident + " BACKING_UP"), approve.out());
        Run show = healctl(operator, "show", incident);
        assertTrue(show.out().contains("plan: upstream.delay.ms 800 -> 1200"), show.out());
        assertTrue(show.out().contains("approve by cli-otto: from the terminal"), show.out());

        Run added = healctl(operator, "maintenance", "add", "--target", target, "--cron", "0 2 * * *", "--zone",
                "Europe/Berlin", "--duration", "30m", "--reason", "nightly backup");
        assertEquals(0, added.exit(), added.err());
        String window = added.out().split(" ")[0];
        assertTrue(healctl(operator, "maintenance", "list").out().contains(window + " "));
        assertTrue(healctl(operator, "maintenance", "list").out().contains("every 0 2 * * * Europe/Berlin for 30m"));
        assertEquals(0, healctl(operator, "maintenance", "rm", window).exit());
        Run report = healctl(operator, "report");
        assertTrue(report.out().contains("\"monitoring_session\""), report.err() + report.out());

        Run refused = healctl(TestTokens.token("vera", Roles.VIEWER), "reject", incident);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("HTTP 403"), refused.err());
        Run invalid = healctl(operator, "maintenance", "add", "--target", target, "--cron", "nightly", "--duration",
                "30m");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().contains("cron"), invalid.err());
    }

    @Test
    void anAdminSwitchesFromTheCommandLineAnOperatorMayNotAndAnUnknownTargetIsNotChecked() {
        String admin = TestTokens.token("cli-ada", Roles.ADMIN);
        Run on = healctl(admin, "switch", "dry-run", "on", "--reason", "rehearsal");
        try {
            assertEquals(0, on.exit(), on.err());
            assertTrue(on.out().startsWith("dry-run on (by cli-ada)"), on.out());
        } finally {
            Run off = healctl(admin, "switch", "dry-run", "off", "--reason", "rehearsal over");
            assertEquals(0, off.exit(), off.err());
        }
        String operator = TestTokens.token("cli-otto", Roles.OPERATOR);
        Run refused = healctl(operator, "switch", "autonomous", "off", "--reason", "not mine to decide");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("HTTP 403"), refused.err());
        Run unknown = healctl(operator, "check", "--target", "nobody-" + System.nanoTime());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("HTTP 404"), unknown.err());
    }

    @Test
    void diagnoseWritesABundleWithHealthIncidentsConfigAndLogTails() throws IOException {
        Path dir = Files.createTempDirectory("healctl");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("coordinator.log"), "line 1\nline 2\nline 3\n");
        Path bundle = dir.resolve("bundle.zip");
        Run run = healctl(TestTokens.token("vera", Roles.VIEWER), "diagnose", "--out", bundle.toString(), "--logs",
                logs.toString(), "--lines", "2");
        assertEquals(0, run.exit(), run.err());
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (String entry : List.of("health.json", "status.json", "services-health.txt", "incidents.json",
                    "config.txt", "logs/coordinator.log")) {
                assertTrue(zip.getEntry(entry) != null, entry + " missing");
            }
            assertEquals("line 2\nline 3\n", new String(zip.getInputStream(zip.getEntry("logs/coordinator.log"))
                    .readAllBytes()));
            assertTrue(new String(zip.getInputStream(zip.getEntry("health.json")).readAllBytes())
                    .contains("overall_status"));
        }
    }

    private static String awaitApproval(String target) {
        try (KafkaProbe probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.ALERTS)) {
            probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(TestProposals.delay(target, 60)));
            return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS) && target.equals(r.key()),
                    Duration.ofSeconds(30)).value(), AlertRaised.class).header().incidentId();
        }
    }
}
