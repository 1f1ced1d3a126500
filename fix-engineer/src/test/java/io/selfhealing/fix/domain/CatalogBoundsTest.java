package io.selfhealing.fix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.fix.service.CatalogProducer;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Zero unsafe outcomes: no plan of any fix type ever leaves its bounds or its step, whatever the current value. */
class CatalogBoundsTest {

    private static final ResourceRef FILE = new ResourceRef(ResourceRef.GIT_FILE, "/srv/config", "t.properties");
    private final FixCatalog catalog = load();

    @Test
    void increaseDelayRaises800To1200AndStopsAtTheBound() {
        FixSpec delay = catalog.byName("increase_delay").orElseThrow();
        FixPlan plan = delay.plan("git-config", Reading.of(FILE, "upstream.delay.ms", "800")).plan();
        assertEquals(new ParameterChange(FILE, "upstream.delay.ms", "800", "1200"), plan.changes().get(0));
        assertEquals("raise upstream.delay.ms from 800 to 1200 ms so the upstream is called less often", plan.description());
        assertEquals("10000", delay.plan("git-config", Reading.of(FILE, "upstream.delay.ms", "9000")).plan()
                .changes().get(0).toValue());
        Proposal atBound = delay.plan("git-config", Reading.of(FILE, "upstream.delay.ms", "10000"));
        assertNull(atBound.plan());
        assertTrue(atBound.rationale().contains("bound"), atBound.rationale());
    }

    @Test
    void noPlanOfAnyNumericFixTypeEverLeavesItsBoundsOrStep() {
        Random random = new Random(42);
        int plans = 0;
        for (FixSpec spec : catalog.types()) {
            if (!spec.numeric()) {
                continue;
            }
            long min = spec.parameter().min();
            long max = spec.parameter().max();
            LongStream edges = LongStream.of(Long.MIN_VALUE, -1, 0, 1, min - 1, min, min + 1, max - 1, max, max + 1,
                    Long.MAX_VALUE);
            LongStream randoms = random.longs(5000, -10, max * 3 + 10);
            for (long current : LongStream.concat(edges, randoms).toArray()) {
                Proposal p = spec.plan(spec.actuators().get(0), Reading.of(FILE, spec.parameter().key(),
                        Long.toString(current)));
                if (p.plan() == null) {
                    assertTrue(current <= min && !spec.step().up() || current >= max && spec.step().up()
                            || current < min || current > max, spec.name() + " refused " + current + ": " + p.rationale());
                    continue;
                }
                plans++;
                long to = Long.parseLong(p.plan().changes().get(0).toValue());
                assertTrue(to >= min && to <= max, spec.name() + " " + current + " -> " + to);
                assertTrue(spec.step().up() ? to > current : to < current, spec.name() + " direction " + current + " -> " + to);
                long limit = spec.step().factor() != null
                        ? (spec.step().up() ? Math.max(Math.round(current * spec.step().factor()), current + 1)
                                : Math.min(Math.round(current / spec.step().factor()), current - 1))
                        : (spec.step().up() ? current + spec.step().add() : current - spec.step().add());
                assertTrue(spec.step().up() ? to <= limit : to >= limit, spec.name() + " step " + current + " -> " + to);
                assertTrue(spec.reject(p.plan().changes().get(0), null, null).isEmpty());
            }
        }
        assertTrue(plans > 5_000, "plans checked: " + plans);
    }

    @Test
    void targetBoundsNarrowTheCatalogsForScaling() {
        FixSpec scale = catalog.byName("scale_out").orElseThrow();
        ResourceRef deployment = new ResourceRef(ResourceRef.K8S_DEPLOYMENT, "prod", "shop");
        for (long current = 0; current < 30; current++) {
            Proposal p = scale.plan("k8s-scale", new Reading(deployment, "replicas", Long.toString(current), null, 2L, 5L));
            if (p.plan() != null) {
                long to = Long.parseLong(p.plan().changes().get(0).toValue());
                assertTrue(current >= 2 && current < 5 && to == current + 1, current + " -> " + to);
            } else {
                assertTrue(current < 2 || current >= 5, "refused " + current);
            }
        }
        assertTrue(scale.reject(new ParameterChange(deployment, "replicas", "5", "6"), 2L, 5L).isPresent());
    }

    @Test
    void outOfBoundStaleOrMalformedChangesAreRejected() {
        FixSpec delay = catalog.byName("increase_delay").orElseThrow();
        List<ParameterChange> unsafe = List.of(
                change("upstream.delay.ms", "800", "1201"),     // more than x1.5
                change("upstream.delay.ms", "800", "800"),      // no change
                change("upstream.delay.ms", "800", "700"),      // wrong direction
                change("upstream.delay.ms", "9000", "13500"),   // past max
                change("upstream.delay.ms", "20000", "10000"),  // from outside the bounds
                change("upstream.delay.ms", "0800", "1200"),    // not canonical
                change("upstream.delay.ms", "800", "1200; rm -rf /"),
                change("other.key", "800", "1200"),
                change("upstream.delay.ms", null, "1200"));
        for (ParameterChange c : unsafe) {
            assertTrue(delay.reject(c, null, null).isPresent(), c.toString());
        }
        assertTrue(delay.reject(change("upstream.delay.ms", "800", "1200"), null, null).isEmpty());
        assertTrue(delay.reject(change("UPSTREAM_DELAY_MS", "800", "1100"), null, null).isEmpty());

        FixSpec restart = catalog.byName("restart").orElseThrow();
        assertTrue(restart.reject(change(FixSpec.RESTARTED_AT, "", "2026-01-01T00:00:00Z"), null, null).isEmpty());
        assertTrue(restart.reject(change(FixSpec.RESTARTED_AT, "", "$(reboot)"), null, null).isPresent());
        FixSpec revert = catalog.byName("revert_config_commit").orElseThrow();
        assertTrue(revert.reject(change("commit", "a".repeat(40), "HEAD~1"), null, null).isPresent());
        assertTrue(revert.reject(change("commit", "a".repeat(40), "b".repeat(40)), null, null).isEmpty());
    }

    private static ParameterChange change(String key, String from, String to) {
        return new ParameterChange(FILE, key, from, to);
    }

    private static FixCatalog load() {
        try {
            return CatalogProducer.builtIn();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
