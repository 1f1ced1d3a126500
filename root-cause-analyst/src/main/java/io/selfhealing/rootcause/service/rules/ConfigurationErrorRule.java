package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.Vocabulary.Category;
import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import io.selfhealing.rootcause.domain.ConfigCommit;
import io.selfhealing.rootcause.domain.DiagnosisRule;
import io.selfhealing.rootcause.domain.Finding;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Configuration errors (missing / unbindable / unparsable settings in the wordings of SmallRye
 * Config, Spring, pydantic, Go flag and env parsing, nginx) that started within
 * {@code afterCommit} of the last commit to the target's config file: that commit broke the
 * configuration; reverting it is the fix. The closer the errors follow the commit, the stronger the
 * signal; a process restarting repeatedly ({@link CrashLoop}) corroborates. Without such a commit:
 * no diagnosis (nothing to revert). While the target's own probe says HEALTHY and it does not
 * restart, config words are warnings, not an incident: no diagnosis either.
 */
public class ConfigurationErrorRule implements DiagnosisRule {

    static final Pattern CONFIG_TEXT = Pattern.compile("(?i)\\bmissing (required )?(key|property|config|setting"
            + "|environment variable)|\\bno such (key|property)\\b|\\bnot found in config|\\bfailed to parse config"
            + "|\\binvalid (config|configuration)\\b|\\bunknown (property|directive)\\b|\\bconfig(uration)?(validation)?"
            + "exception\\b|\\bconfig(uration)? error\\b|\\bSRCFG\\d{5}|could not be found in any config source"
            + "|\\bcould not resolve placeholder|\\bfailed to bind properties|\\bBindException\\b"
            + "|\\bvalidation errors? for \\w*(Settings|Config)\\b|\\bImproperlyConfigured\\b"
            + "|\\bflag provided but not defined|\\binvalid value \"[^\"]*\" for flag\\b|\\brequired key \\S+ missing"
            + "|\\[emerg].* in \\S+:\\d+");
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    private static final int ESTIMATED_FIX_SECONDS = 120;
    private final Duration afterCommit;

    public ConfigurationErrorRule(Duration afterCommit) {
        this.afterCommit = afterCommit;
    }

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<ErrorDetected> reports = context.errors(e -> Category.CONFIG.equals(e.category())
                || CONFIG_TEXT.matcher(TargetContext.text(e)).find());
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        Optional<Signal> crashing = CrashLoop.signal(context);
        boolean healthy = context.health() != null && context.health().status() == HealthStatus.HEALTHY;
        if (healthy && crashing.isEmpty()) {
            return Optional.empty();
        }
        Instant started = reports.stream().map(ErrorDetected::firstSeen).min(Comparator.naturalOrder()).orElseThrow();
        Optional<ConfigCommit> commit = context.configCommit().get();
        if (commit.isEmpty()) {
            return Optional.empty();
        }
        Duration gap = Duration.between(commit.get().time(), started);
        if (gap.compareTo(CLOCK_SKEW.negated()) < 0 || gap.compareTo(afterCommit) > 0) {
            return Optional.empty();
        }
        double strength = 1.0 - (double) Math.max(0, gap.toMillis()) / afterCommit.toMillis();
        List<Signal> signals = new ArrayList<>(List.of(new Signal("recent_config_commit", 0.7, strength,
                "errors started " + gap.toSeconds() + " s after config commit " + commit.get().id(), gap.toSeconds())));
        crashing.ifPresent(signals::add);
        List<Evidence> evidence = new ArrayList<>(Evidences.of(reports, signals, context));
        evidence.add(new Evidence("config_commit", commit.get().id() + " "
                + Evidences.truncate(commit.get().subject()), commit.get().time().getEpochSecond()));
        String summary = "Configuration error in " + context.targetId() + ": " + TargetContext.lines(reports)
                + " configuration errors began " + gap.toSeconds() + " s after config commit "
                + commit.get().id().substring(0, Math.min(12, commit.get().id().length()))
                + (crashing.isPresent() ? " and it restarts repeatedly" : "") + "; revert that commit";
        return Optional.of(new Finding(Issue.CONFIGURATION_ERROR, TargetContext.lines(reports), signals,
                TargetContext.newest(reports), summary, List.of(context.targetId()), "configuration",
                Fix.REVERT_CONFIG_COMMIT, ESTIMATED_FIX_SECONDS, evidence, Evidences.templateIds(reports)));
    }
}
