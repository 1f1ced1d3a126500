package io.selfhealing.rootcause.service;

import io.selfhealing.rootcause.config.AnalystConfig;
import io.selfhealing.rootcause.repository.GitConfigCommits;
import io.selfhealing.rootcause.repository.TargetDirectory;
import io.selfhealing.rootcause.service.rules.ApiTimeoutRule;
import io.selfhealing.rootcause.service.rules.ConfigurationErrorRule;
import io.selfhealing.rootcause.service.rules.DbPoolExhaustedRule;
import io.selfhealing.rootcause.service.rules.DependencyDownRule;
import io.selfhealing.rootcause.service.rules.OverloadRule;
import io.selfhealing.rootcause.service.rules.RateLimitRule;
import io.selfhealing.rootcause.service.rules.UnexplainedFailureRule;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the plain-Java analyst with its rules and the targets file. */
public class AnalystProducer {

    @Produces
    @ApplicationScoped
    Analyst analyst(AnalystConfig config, @ConfigProperty(name = "healing.targets-file") Optional<String> targetsFile) {
        return new Analyst(rules(config), TargetDirectory.load(targetsFile), new GitConfigCommits(),
                new Analyst.Settings(config.window(), config.rediagnoseAfter(), config.maxTargets(),
                        config.ambiguityMargin(), config.unknownCeiling()),
                Clock.systemUTC());
    }

    public static List<DiagnosisRule> rules(AnalystConfig config) {
        return rules(config.slowLatency(), config.configCommitWindow());
    }

    /** The production rule set (also what the diagnosis corpus measures). */
    public static List<DiagnosisRule> rules(Duration slowLatency, Duration configCommitWindow) {
        return List.of(new RateLimitRule(), new DependencyDownRule(), new DbPoolExhaustedRule(),
                new ApiTimeoutRule(slowLatency), new OverloadRule(), new ConfigurationErrorRule(configCommitWindow),
                new UnexplainedFailureRule());
    }
}
