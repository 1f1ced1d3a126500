package io.selfhealing.rootcause.service.enrich;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.Evidence;
import io.selfhealing.events.OutcomeRecorded;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Past incidents by the embedding of their diagnosis signature, with how they ended. A published
 * diagnosis is remembered per (target, issue type); when healing.outcomes reports how that
 * incident ended, its signature enters the index (in memory, at most {@code maxIncidents}, oldest
 * out first). A new diagnosis gets the nearest past incidents as evidence. Thread-safe.
 */
public class IncidentMemory {

    private final Embedder embedder;
    private final int maxIncidents;
    private final int top;
    private final double minSimilarity;
    private final Deque<Past> index = new ArrayDeque<>();
    private final Map<String, String> pending;

    record Past(String targetId, String issueType, String fixType, boolean success, String signature, float[] vector) {
    }

    public IncidentMemory(Embedder embedder, int maxIncidents, int top, double minSimilarity) {
        this.embedder = embedder;
        this.maxIncidents = maxIncidents;
        this.top = top;
        this.minSimilarity = minSimilarity;
        this.pending = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxIncidents;
            }
        };
    }

    /** What the diagnosis is about, without ids or times: issue, category, log templates, signals. */
    public static String signature(DiagnosisMade d) {
        StringBuilder s = new StringBuilder(d.issueType()).append(" (").append(d.fixCategory()).append(")");
        d.evidence().stream().filter(e -> !e.kind().equals("sample") && !e.kind().startsWith("llm_")
                && !e.kind().equals("similar_incident") && !e.kind().equals("confidence_inputs"))
                .limit(8).forEach(e -> s.append("; ").append(e.kind()).append(": ").append(e.description()));
        return s.toString();
    }

    public synchronized void remember(DiagnosisMade d) {
        pending.put(d.header().targetId() + "|" + d.issueType(), signature(d));
    }

    public void onOutcome(OutcomeRecorded outcome) {
        String signature;
        synchronized (this) {
            signature = pending.get(outcome.header().targetId() + "|" + outcome.issueType());
        }
        if (signature == null) {
            signature = outcome.issueType();
        }
        float[] vector = embedder.embed(signature);
        synchronized (this) {
            index.addLast(new Past(outcome.header().targetId(), outcome.issueType(), outcome.fixType(),
                    outcome.success(), signature, vector));
            while (index.size() > maxIncidents) {
                index.removeFirst();
            }
        }
    }

    /** The nearest past incidents as evidence (kind {@code similar_incident}, value = cosine similarity). */
    public List<Evidence> similar(DiagnosisMade d) {
        List<Past> snapshot;
        synchronized (this) {
            if (index.isEmpty()) {
                return List.of();
            }
            snapshot = new ArrayList<>(index);
        }
        float[] v = embedder.embed(signature(d));
        return snapshot.stream().map(p -> Map.entry(p, cosine(v, p.vector())))
                .filter(e -> e.getValue() >= minSimilarity)
                .sorted(Comparator.comparingDouble((Map.Entry<Past, Double> e) -> e.getValue()).reversed())
                .limit(top).map(e -> new Evidence("similar_incident", e.getKey().issueType() + " on "
                        + e.getKey().targetId() + ", fix " + e.getKey().fixType() + " "
                        + (e.getKey().success() ? "succeeded" : "failed"), Math.round(e.getValue() * 1000) / 1000.0))
                .toList();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
