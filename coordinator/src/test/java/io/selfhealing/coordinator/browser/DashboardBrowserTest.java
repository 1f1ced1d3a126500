package io.selfhealing.coordinator.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.coordinator.TestProposals;
import io.selfhealing.coordinator.rest.Roles;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.BackupItem;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.HealthReported;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Severity;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.InfraTestResource;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import io.selfhealing.infra.TestTokens;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium (Debian's chromium + chromium-driver): an incident
 * appears live (server-sent events, no reload), an operator approves it with a reason, the page
 * shows it resolve; a log line carrying {@code <script>} is shown as text and never runs.
 * Screenshots land in target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
            + " upstream 429";

    @TestHTTPResource("/")
    URL page;

    private ChromeDriver browser;
    private KafkaProbe probe;

    @BeforeEach
    void open() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") == null && System.getenv("HEALING_BROWSER_TEST_REQUIRED") == null) {
            Assumptions.assumeTrue(installed, "apt-get install -y chromium chromium-driver to run the browser test");
        }
        assertTrue(installed, "CI needs Debian's chromium and chromium-driver (.ci/run installs them)");
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void anIncidentAppearsLiveIsApprovedAndResolvesOnThePageAndLogTextNeverRuns() throws IOException {
        String target = "web-" + System.nanoTime();
        probe.send(Topics.HEALTH, target, EventCodec.encode(new HealthReported(EventHeader.create("monitor-agent",
                target), "http", HealthStatus.WARNING, List.of("HTTP 429 from upstream"), List.of())));
        Instant now = Instant.now();
        probe.send(Topics.ERRORS, target, EventCodec.encode(new ErrorDetected(EventHeader.create("error-detector",
                target), "rate_limit", "t1", "<*> upstream 429", Severity.HIGH, "NEW", 12, 12, 12, now, now,
                List.of(HOSTILE))));

        browser.get(page.toString());
        browser.findElement(By.id("token")).sendKeys(TestTokens.token("olga", Roles.OPERATOR));
        browser.findElement(By.cssSelector("#signin button")).click();
        until(ExpectedConditions.textToBe(By.id("live"), "live"));

        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(proposal(target)));
        By row = By.xpath("//tr[@data-incident][td[2][text()='" + target + "']]");
        until(ExpectedConditions.textToBePresentInElementLocated(row, "AWAITING_APPROVAL"));
        shot("dashboard-list.png");

        browser.findElement(row).click();
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-action='approve']")));
        until(ExpectedConditions.textToBePresentInElementLocated(By.id("inc-logs"), "<script>"));
        // Live refreshes re-render the buttons: type and click in one step so no refresh falls in between.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('reason').value = arguments[0];"
                + "document.querySelector(\"button[data-action='approve']\").click();",
                "low traffic, safe to raise the delay");

        CommandIssued backup = awaitCommand(target, CommandType.BACKUP);
        probe.send(Topics.BACKUPS, target, EventCodec.encode(new BackupChanged(backup.header().next("backup-manager"),
                backup.header().eventId(), "backup_web", BackupChanged.CREATED, List.of(new BackupItem(
                        backup.plan().resources().get(0), "ab".repeat(32), 12)), BackupChanged.CREATED)));
        CommandIssued apply = awaitCommand(target, CommandType.APPLY);
        probe.send(Topics.FIX_RESULTS, target, EventCodec.encode(new FixExecuted(apply.header().next("fix-engineer"),
                apply.header().eventId(), CommandType.APPLY, true, "commit-web", "ok")));

        until(ExpectedConditions.textToBe(By.id("inc-state"), "RESOLVED"));
        WebElement decisions = browser.findElement(By.id("inc-decisions"));
        assertTrue(decisions.getText().contains("olga"), decisions.getText());
        assertTrue(decisions.getText().contains("low traffic, safe to raise the delay"), decisions.getText());
        assertTrue(browser.findElement(By.id("inc-plan")).getText().contains("800"));
        assertTrue(browser.findElement(By.id("inc-logs")).getText().contains(HOSTILE.substring(0, 30)));
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.__pwned;"));
        assertTrue(browser.findElements(By.cssSelector("#inc-logs script, #inc-logs img")).isEmpty());
        shot("dashboard-incident.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        until(ExpectedConditions.visibilityOfElementLocated(By.id("inc-state")));
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertFalse(overflow > 0, "the page scrolls sideways at phone width by " + overflow + "px");
        shot("dashboard-incident-phone.png");
    }

    private void until(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, WAIT).until(condition);
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private CommandIssued awaitCommand(String target, CommandType type) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.COMMANDS) && target.equals(r.key())
                && EventCodec.decode(r.value(), CommandIssued.class).type() == type, WAIT).value(),
                CommandIssued.class);
    }

    private static FixProposed proposal(String target) {
        return TestProposals.delay(target, 60);
    }
}
