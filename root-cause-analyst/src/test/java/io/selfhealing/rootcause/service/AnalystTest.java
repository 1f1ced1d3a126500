package io.selfhealing.rootcause.service;

import static io.selfhealing.rootcause.service.Fixtures.NOW;
import static io.selfhealing.rootcause.service.Fixtures.check;
import static io.selfhealing.rootcause.service.Fixtures.error;
import static io.selfhealing.rootcause.service.Fixtures.health;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.ConfigCommits;
import io.selfhealing.rootcause.repository.TargetDirectory;
import io.selfhealing.rootcause.service.rules.DependencyDownRule;
import io.selfhealing.rootcause.service.rules.RateLimitRule;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalystTest {

    private static final TargetDirectory TARGETS = new TargetDirectory(TargetsFile.parse("""
            targets:
              - {id: app, type: http, dependsOn: [db]}
              - {id: db, type: postgresql}
            """).targets());
    private final Analyst analyst = new Analyst(List.of(new RateLimitRule(), new DependencyDownRule()), TARGETS,
            ConfigCommits.NONE, new Analyst.Settings(Duration.ofMinutes(5), Duration.ofMinutes(5), 100),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void rateLimitLinesGiveARateLimitingDiagnosisWithEvidence() {
        var d = analyst.onError(error("demo", "rate_limit", 6)).orElseThrow();
        assertEquals("rate_limiting", d.issueType());
        assertEquals(85, d.confidence());
        assertEquals("configuration", d.fixCategory());
        assertEquals("demo", d.header().targetId());
        assertTrue(d.evidence().stream().anyMatch(e -> e.kind().equals("log") && e.value() == 6));
        assertTrue(d.evidence().stream().anyMatch(e -> e.kind().equals("fix_hint")
                && e.description().equals("increase_delay")));
    }

    @Test
    void databaseErrorsAloneAreNoDiagnosis() {
        assertTrue(analyst.onError(error("demo", "database_error", 50)).isEmpty());
    }

    @Test
    void republishesOnlyWhenConfidenceRises() {
        assertTrue(analyst.onError(error("demo", "rate_limit", 3)).isPresent());
        assertTrue(analyst.onError(error("demo", "rate_limit", 3)).isEmpty());
        assertTrue(analyst.onError(error("demo", "rate_limit", 2)).isEmpty());
        assertTrue(analyst.onError(error("demo", "rate_limit", 6)).isPresent());
        assertTrue(analyst.onError(error("other", "rate_limit", 3)).isPresent(), "per target");
    }

    @Test
    void aFaultThatReturnsAfterItsIncidentEndedIsDiagnosedAtOnceButItsOldLinesOpenNothing() {
        assertTrue(analyst.onError(error("back", "rate_limit", "<*> 429", 6, NOW.minusSeconds(60))).isPresent());
        assertTrue(analyst.onError(error("back", "rate_limit", "<*> 429", 3, NOW.minusSeconds(50))).isEmpty(),
                "suppressed while the incident is open");

        analyst.onIncidentEnded("back", Issue.RATE_LIMITING, NOW.minusSeconds(30));
        assertTrue(analyst.onHealth(health("back", "http", HealthStatus.HEALTHY)).isEmpty(),
                "lines from before the end, still in the window, open no new incident");
        var again = analyst.onError(error("back", "rate_limit", "<*> 429", 3, NOW.minusSeconds(5)));
        assertTrue(again.isPresent(), "new lines after the end: published at once, even at a lower confidence");
        assertTrue(analyst.onError(error("back", "rate_limit", "<*> 429", 2, NOW)).isEmpty(),
                "then suppressed again while the new incident is open");
        analyst.onIncidentEnded("other", Issue.RATE_LIMITING, NOW);
        assertTrue(analyst.onError(error("back", "rate_limit", "<*> 429", 2, NOW)).isEmpty(), "per target");
    }

    @Test
    void unhealthyTargetIsAddedAsEvidenceButDoesNotRaiseRateLimitConfidence() {
        analyst.onHealth(health("demo", "http", HealthStatus.CRITICAL));
        var d = analyst.onError(error("demo", "rate_limit", 6)).orElseThrow();
        assertTrue(d.evidence().stream().anyMatch(e -> e.kind().equals("health")));
        assertEquals(85, d.confidence());
    }

    @Test
    void evidenceOutsideTheWindowIsIgnoredAndOldEvidenceCountsLess() {
        assertTrue(analyst.onError(error("old", "rate_limit", "<*> 429", 6, NOW.minus(Duration.ofMinutes(6))))
                .isEmpty());
        var d = analyst.onError(error("aging", "rate_limit", "<*> 429", 6, NOW.minus(Duration.ofMinutes(4))))
                .orElseThrow();
        assertTrue(d.confidence() < 85 && d.confidence() > 50, "recency lowers: " + d.confidence());
    }

    @Test
    void dependencyHealthArrivingAfterTheErrorsStillCorrelates() {
        assertTrue(analyst.onError(error("app", Category.CONNECTION, "Connection refused <*>", 4, NOW)).isEmpty());
        var found = analyst.onHealth(health("db", "postgresql", HealthStatus.CRITICAL,
                check("connect", HealthStatus.CRITICAL, 5L, Map.of("error", "refused"))));
        assertEquals(1, found.size());
        assertEquals(Issue.DEPENDENCY_DOWN, found.get(0).issueType());
        assertEquals("escalate", found.get(0).fixCategory());
        assertEquals(List.of("app", "db"), found.get(0).affectedComponents());
    }

    /**
     * Scale out: the instance that owns "app" may never consume "db"'s partition of healing.health;
     * the dependency's health reaches it on its own group (DependencyHealthConsumer) and is kept for
     * the dependent's next report, without a diagnosis of "db" (its owner makes that one).
     */
    @Test
    void aDependencysHealthFromAnotherInstancesPartitionCorrelatesAtTheDependentsNextReport() {
        Analyst ownerOfApp = new Analyst(List.of(new RateLimitRule(), new DependencyDownRule()), TARGETS,
                ConfigCommits.NONE, new Analyst.Settings(Duration.ofMinutes(5), Duration.ofMinutes(5), 100),
                Clock.fixed(NOW, ZoneOffset.UTC));
        ownerOfApp.onDependencyHealth(health("db", "postgresql", HealthStatus.CRITICAL,
                check("connect", HealthStatus.CRITICAL, 5L, Map.of("error", "refused"))));
        var d = ownerOfApp.onError(error("app", Category.CONNECTION, "Connection refused <*>", 4, NOW)).orElseThrow();
        assertEquals(Issue.DEPENDENCY_DOWN, d.issueType());
        assertEquals(List.of("app", "db"), d.affectedComponents());
    }

    @Test
    void withoutATargetsFileThereAreNoDependencies() {
        TargetDirectory none = TargetDirectory.load(java.util.Optional.of("/nonexistent/targets.yaml"));
        assertTrue(none.dependencies("app").isEmpty());
        assertTrue(TargetDirectory.load(java.util.Optional.empty()).dependents("db").isEmpty());
    }
}
