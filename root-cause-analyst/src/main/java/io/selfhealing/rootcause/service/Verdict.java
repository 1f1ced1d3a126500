package io.selfhealing.rootcause.service;

import io.selfhealing.events.DiagnosisCandidate;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.Vocabulary.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what the analyst says from the diagnoses its rules support: the best one, with the
 * others as candidates, when it stands clear of its rivals; an {@code unknown} diagnosis naming the
 * rivals when another issue type comes within {@code margin} of it (two causes compete: a person
 * decides, no fix); the {@code unknown} of {@code UnexplainedFailureRule} (the target fails, no rule
 * says why) when no rule reaches {@value #MIN_RIVAL}; nothing when no rule fires. The confidence of an {@code unknown} diagnosis is
 * that of the best rival, kept below {@code ceiling} (the default auto-fix threshold minus one), so
 * that it is never taken for a confident diagnosis. Pure.
 */
public final class Verdict {

    /** Rivals weaker than this are not competition (a single stray line). */
    static final int MIN_RIVAL = 60;
    private final int margin;
    private final int ceiling;

    public Verdict(int margin, int ceiling) {
        this.margin = margin;
        this.ceiling = ceiling;
    }

    public Optional<DiagnosisMade> choose(List<DiagnosisMade> supported) {
        List<DiagnosisMade> ranked = supported.stream().filter(d -> d.confidence() > 0)
                .filter(d -> !Issue.UNKNOWN.equals(d.issueType()))
                .sorted(Comparator.comparingInt(DiagnosisMade::confidence).reversed()).toList();
        Optional<DiagnosisMade> failing = supported.stream().filter(d -> Issue.UNKNOWN.equals(d.issueType()))
                .findFirst();
        if (failing.isPresent() && (ranked.isEmpty() || ranked.get(0).confidence() < MIN_RIVAL)) {
            DiagnosisMade f = failing.get();
            return Optional.of(new DiagnosisMade(f.header(), f.issueType(), Math.min(f.confidence(), ceiling),
                    f.summary(), f.affectedComponents(), f.fixCategory(), f.estimatedFixSeconds(), f.evidence(),
                    f.templateIds(), candidates(ranked)));
        }
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        DiagnosisMade best = ranked.get(0);
        List<DiagnosisMade> rivals = ranked.stream().skip(1).filter(d -> !d.issueType().equals(best.issueType()))
                .toList();
        boolean contested = !rivals.isEmpty() && rivals.get(0).confidence() >= MIN_RIVAL
                && best.confidence() - rivals.get(0).confidence() < margin;
        return Optional.of(contested ? ambiguous(best, ranked) : withCandidates(best, rivals));
    }

    private static DiagnosisMade withCandidates(DiagnosisMade best, List<DiagnosisMade> rivals) {
        return new DiagnosisMade(best.header(), best.issueType(), best.confidence(), best.summary(),
                best.affectedComponents(), best.fixCategory(), best.estimatedFixSeconds(), best.evidence(),
                best.templateIds(), candidates(rivals));
    }

    private DiagnosisMade ambiguous(DiagnosisMade best, List<DiagnosisMade> ranked) {
        List<DiagnosisMade> competing = ranked.stream().filter(d -> best.confidence() - d.confidence() < margin)
                .toList();
        List<String> affected = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        for (DiagnosisMade d : competing) {
            d.affectedComponents().stream().filter(a -> !affected.contains(a)).forEach(affected::add);
            d.templateIds().stream().filter(t -> !templates.contains(t)).forEach(templates::add);
            evidence.add(new Evidence("candidate", d.issueType() + " " + d.confidence() + ": " + d.summary(),
                    d.confidence()));
            d.evidence().stream().filter(e -> !e.kind().equals("fix_hint")).forEach(evidence::add);
        }
        String summary = "Ambiguous: " + String.join(" and ", competing.stream().map(d -> d.issueType() + " ("
                + d.confidence() + ")").toList()) + " are about equally supported for " + best.header().targetId()
                + "; a person must decide which (no automatic fix)";
        return new DiagnosisMade(best.header(), Issue.UNKNOWN, Math.min(best.confidence(), ceiling), summary, affected,
                "escalate", best.estimatedFixSeconds(), evidence, templates, candidates(ranked));
    }

    static List<DiagnosisCandidate> candidates(List<DiagnosisMade> rivals) {
        return rivals.stream().map(d -> new DiagnosisCandidate(d.issueType(), d.confidence(), d.summary())).toList();
    }
}
