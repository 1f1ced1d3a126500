package io.selfhealing.monitor.service.pool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connection pool usage from a metrics page: for every pool (a label set) of every family, connections
 * in use / maximum; the fullest pool wins. A pool without a finite maximum above 0 (Go's max_open 0 is
 * "unlimited") or without a finite count in use has no usage and is skipped. Active and maximum are
 * joined on the pool's labels; a maximum given once without those labels serves every pool.
 */
public final class PoolUsage {

    private PoolUsage() {
    }

    public static Optional<PoolReading> fullest(List<Sample> samples, List<PoolFamily> families) {
        List<PoolReading> all = families.stream().flatMap(f -> readings(samples, f).stream()).toList();
        return all.stream().max(Comparator.comparingDouble(PoolReading::usagePercent))
                .map(fullest -> fullest.withPools(all.size()));
    }

    private static List<PoolReading> readings(List<Sample> samples, PoolFamily family) {
        Map<Map<String, String>, Double> max = family.max().map(m -> index(samples, m)).orElse(Map.of());
        Map<Map<String, String>, Double> pending = family.pending().map(p -> index(samples, p)).orElse(Map.of());
        List<PoolReading> readings = new ArrayList<>();
        for (Sample sample : samples) {
            if (!family.active().matches(sample) || !Double.isFinite(sample.value())) {
                continue;
            }
            Map<String, String> pool = family.active().poolOf(sample);
            double limit = family.fixedMax().orElseGet(() -> lookup(max, pool).orElse(Double.NaN));
            if (limit > 0 && Double.isFinite(limit)) {
                readings.add(new PoolReading(family.library(), pool, sample.value(), limit, lookup(pending, pool), 1));
            }
        }
        return readings;
    }

    private static Map<Map<String, String>, Double> index(List<Sample> samples, Series series) {
        Map<Map<String, String>, Double> byPool = new HashMap<>();
        samples.stream().filter(series::matches).forEach(s -> byPool.put(series.poolOf(s), s.value()));
        return byPool;
    }

    private static Optional<Double> lookup(Map<Map<String, String>, Double> byPool, Map<String, String> pool) {
        Double v = byPool.get(pool);
        if (v == null && byPool.size() == 1 && byPool.containsKey(Map.of())) {
            v = byPool.get(Map.of());
        }
        return Optional.ofNullable(v).filter(Double::isFinite);
    }
}
