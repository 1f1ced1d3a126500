package io.selfhealing.monitor.service.pool;

import java.util.Map;
import java.util.TreeMap;

/**
 * A metric family with the labels a sample must carry, e.g. {@code hikaricp_connections_active} or
 * {@code db_client_connection_count{state="used"}}. The sample's other labels name its pool.
 */
public record Series(String name, Map<String, String> labels) {

    public Series {
        labels = Map.copyOf(labels);
    }

    public static Series of(String name) {
        return new Series(name, Map.of());
    }

    public boolean matches(Sample sample) {
        return name.equals(sample.name()) && sample.labels().entrySet().containsAll(labels.entrySet());
    }

    /** The sample's labels but this series' own: which pool the sample is about. */
    public Map<String, String> poolOf(Sample sample) {
        Map<String, String> pool = new TreeMap<>(sample.labels());
        pool.keySet().removeAll(labels.keySet());
        return pool;
    }

    @Override
    public String toString() {
        return labels.isEmpty() ? name : name + new TreeMap<>(labels);
    }
}
