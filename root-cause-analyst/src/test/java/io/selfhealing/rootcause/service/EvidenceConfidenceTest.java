package io.selfhealing.rootcause.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.rootcause.domain.Signal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property-style: random evidence, one input made stronger, confidence never drops. */
class EvidenceConfidenceTest {

    private static final int CASES = 20_000;
    private final Random random = new Random(42);

    @Test
    void linesOnlyMatchTheDocumentedRateLimitingFigures() {
        assertEquals(0, EvidenceConfidence.fromLines(0));
        assertEquals(55, EvidenceConfidence.fromLines(1));
        assertEquals(71, EvidenceConfidence.fromLines(3));
        assertEquals(85, EvidenceConfidence.fromLines(6));
        assertEquals(91, EvidenceConfidence.fromLines(8));
        assertEquals(EvidenceConfidence.CAP, EvidenceConfidence.fromLines(1_000_000));
    }

    @Test
    void moreLinesNeverLowerConfidence() {
        for (int i = 0; i < CASES; i++) {
            List<Signal> signals = signals();
            double r = recency();
            long n = random.nextInt(50);
            assertTrue(EvidenceConfidence.of(n + 1 + random.nextInt(5), signals, r)
                    >= EvidenceConfidence.of(n, signals, r), "lines " + n + " " + signals);
        }
    }

    @Test
    void anotherAgreeingSignalNeverLowersConfidence() {
        for (int i = 0; i < CASES; i++) {
            List<Signal> signals = signals();
            List<Signal> more = new ArrayList<>(signals);
            more.add(signal());
            long n = random.nextInt(20);
            double r = recency();
            assertTrue(EvidenceConfidence.of(n, more, r) >= EvidenceConfidence.of(n, signals, r), more.toString());
        }
    }

    @Test
    void aStrongerSignalNeverLowersConfidence() {
        for (int i = 0; i < CASES; i++) {
            Signal weak = signal();
            Signal strong = new Signal("s", weak.weight(), weak.strength() + random.nextDouble(), "", 0);
            List<Signal> rest = signals();
            List<Signal> a = new ArrayList<>(rest);
            a.add(weak);
            List<Signal> b = new ArrayList<>(rest);
            b.add(strong);
            long n = random.nextInt(20);
            double r = recency();
            assertTrue(EvidenceConfidence.of(n, b, r) >= EvidenceConfidence.of(n, a, r));
        }
    }

    @Test
    void newerEvidenceNeverLowersConfidenceAndConfidenceStaysInBounds() {
        Duration window = Duration.ofMinutes(5);
        for (int i = 0; i < CASES; i++) {
            long older = random.nextInt(300_000);
            long newer = random.nextInt((int) older + 1);
            List<Signal> signals = signals();
            long n = random.nextInt(20);
            int oldC = EvidenceConfidence.of(n, signals, EvidenceConfidence.recency(Duration.ofMillis(older), window));
            int newC = EvidenceConfidence.of(n, signals, EvidenceConfidence.recency(Duration.ofMillis(newer), window));
            assertTrue(newC >= oldC);
            assertTrue(oldC >= 0 && newC <= EvidenceConfidence.CAP);
        }
        assertEquals(1.0, EvidenceConfidence.recency(Duration.ofMinutes(2), window));
        assertEquals(0.5, EvidenceConfidence.recency(window, window), 1e-9);
    }

    private List<Signal> signals() {
        List<Signal> list = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            list.add(signal());
        }
        return list;
    }

    private Signal signal() {
        return new Signal("s", 0.05 + 0.9 * random.nextDouble(), random.nextDouble(), "", 0);
    }

    private double recency() {
        return 0.5 + 0.5 * random.nextDouble();
    }
}
