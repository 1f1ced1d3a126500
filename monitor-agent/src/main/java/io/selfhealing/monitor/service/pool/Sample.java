package io.selfhealing.monitor.service.pool;

import java.util.Map;

/** One line of a metrics page: a family name, its labels and the value (timestamps are not kept). */
public record Sample(String name, Map<String, String> labels, double value) {

    public Sample {
        labels = Map.copyOf(labels);
    }
}
