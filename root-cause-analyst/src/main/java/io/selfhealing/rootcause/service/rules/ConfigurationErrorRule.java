package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.Evidence;
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
 * Missing-key / parse errors that started within {@code afterCommit} of the last commit to the
 * target's config file: that commit broke the configuration; reverting it is the fix. The closer
 * the errors follow the commit, the stronger the signal. Without such a commit: no diagnosis.
 */
public class ConfigurationErrorRule implements DiagnosisRule {

    static final Pattern CONFIG_TEXT = Pattern.compile("(?i)missing (required )?(key|property|config)"
            + "|no such (key|property)|not found in config|parse (error|exception)|failed to parse|cannot parse"
            + "|could not parse|numberformatexception|invalid (config|configuration|value)|unknown property"
            + "|configurationexception|config(uration)? error");
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    private static final int ESTIMATED_FIX_SECONDS = 120;
    private final Duration afterCommit;

    public ConfigurationErrorRule(Duration afterCommit) {
        this.afterCommit = afterCommit;
    }

    @Override
    public Optional<Finding> diagnose(TargetContext context) {
        List<ErrorDetected> reports = context.errors(e -> Category.CONFIG.equals(e.category())
                || CONFIG_TEXT.matcher(e.template()).find());
        if (reports.isEmpty()) {
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
        Signal signal = new Signal("recent_config_commit", 0.7, strength, "errors started " + gap.toSeconds()
                + " s after config commit " + commit.get().id(), gap.toSeconds());
        List<Evidence> evidence = new ArrayList<>(Evidences.of(reports, List.of(signal)));
        evidence.add(new Evidence("config_commit", commit.get().id() + " "
                + Evidences.truncate(commit.get().subject()), commit.get().time().getEpochSecond()));
        String summary = "Configuration error in " + context.targetId() + ": " + TargetContext.lines(reports)
                + " missing-key/parse errors began " + gap.toSeconds() + " s after config commit "
                + commit.get().id().substring(0, Math.min(12, commit.get().id().length())) + "; revert that commit";
        return Optional.of(new Finding(Issue.CONFIGURATION_ERROR, TargetContext.lines(reports), List.of(signal),
                TargetContext.newest(reports), summary, List.of(context.targetId()), "configuration",
                Fix.REVERT_CONFIG_COMMIT, ESTIMATED_FIX_SECONDS, evidence));
    }
}
