package io.selfhealing.monitor.service.pool;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A pool of a metrics page: its library, labels, connections in use, maximum and waiters, and how many
 * pools with a maximum the page had in all.
 */
public record PoolReading(String library, Map<String, String> pool, double active, double max,
        Optional<Double> pending, int pools) {

    public PoolReading withPools(int count) {
        return new PoolReading(library, pool, active, max, pending, count);
    }

    public double usagePercent() {
        return 100 * active / max;
    }

    /** The contract's details ({@code poolActive}, {@code poolMax}, {@code poolPending}) and where they come from. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("poolActive", active);
        details.put("poolMax", max);
        pending.ifPresent(p -> details.put("poolPending", p));
        details.put("poolLibrary", library);
        details.put("pool", pool.toString());
        details.put("pools", pools);
        return details;
    }
}
