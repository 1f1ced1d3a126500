package io.selfhealing.rootcause.service.rules;

import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.Evidence;
import io.selfhealing.rootcause.domain.Signal;
import io.selfhealing.rootcause.domain.TargetContext;
import java.util.ArrayList;
import java.util.List;

/** Builds the evidence list people read: line counts per template, a few samples, the signals. */
public final class Evidences {

    static final int MAX_SAMPLE_CHARS = 300;
    private static final int MAX_SAMPLES = 3;

    private Evidences() {
    }

    public static List<Evidence> of(List<ErrorDetected> reports, List<Signal> signals) {
        List<Evidence> evidence = new ArrayList<>();
        for (ErrorDetected e : reports) {
            evidence.add(new Evidence("log", e.windowCount() + " " + e.category() + " lines in window, template '"
                    + truncate(e.template()) + "'", e.windowCount()));
            evidence.add(new Evidence("rate", e.category() + " lines per minute", e.ratePerMinute()));
        }
        reports.stream().flatMap(e -> e.samples().stream()).limit(MAX_SAMPLES)
                .forEach(s -> evidence.add(new Evidence("sample", truncate(s), 0)));
        for (Signal s : signals) {
            evidence.add(new Evidence(s.name(), s.description(), s.value()));
        }
        return evidence;
    }

    /** The template ids of the reports, in order, once each. */
    public static List<String> templateIds(List<ErrorDetected> reports) {
        return reports.stream().map(ErrorDetected::templateId).distinct().toList();
    }

    /** One {@code attribution} entry per report whose lines name a declared dependency. */
    public static List<Evidence> attributions(List<ErrorDetected> reports, TargetContext context) {
        List<Evidence> out = new ArrayList<>();
        for (ErrorDetected e : reports) {
            context.attribution(e).ifPresent(m -> out.add(new Evidence("attribution", "template " + e.templateId()
                    + " is about " + m.dependency().type() + " dependency " + m.dependency().id() + " (" + m.why() + ")",
                    e.windowCount())));
            var facts = context.factsOf(e);
            if (!facts.exceptions().isEmpty() || facts.about() != null) {
                out.add(new Evidence("line_facts", "template " + e.templateId() + ": about=" + facts.about()
                        + " exceptions=" + facts.exceptions().stream().limit(3).toList()
                        + (facts.poolWait() ? " pool-wait" : "") + (facts.exitCodes().isEmpty() ? ""
                        : " exit=" + facts.exitCodes()), e.windowCount()));
            }
        }
        return out;
    }

    /** The log evidence, then what each report is about. */
    public static List<Evidence> of(List<ErrorDetected> reports, List<Signal> signals, TargetContext context) {
        List<Evidence> evidence = of(reports, signals);
        evidence.addAll(attributions(reports, context));
        return evidence;
    }

    static String truncate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_SAMPLE_CHARS ? text : text.substring(0, MAX_SAMPLE_CHARS) + " [truncated]";
    }
}
