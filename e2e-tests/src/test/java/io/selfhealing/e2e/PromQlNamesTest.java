package io.selfhealing.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlNamesTest {

    @Test
    void metricNamesWithoutFunctionsKeywordsLabelsOrDurations() {
        assertEquals(Set.of("healing_fixes_total"), PromQlNames.of("sum(increase(healing_fixes_total{outcome=\"rolled_back\"}[1h]))"
                + " / sum by (fix_type) (increase(healing_fixes_total[1h])) > 0.25 and on(job) vector(1) >= 3"));
        assertEquals(Set.of("healing_time_to_fix_seconds_bucket"),
                PromQlNames.of("histogram_quantile(0.9, sum by (le) (rate(healing_time_to_fix_seconds_bucket[5m])))"));
        assertEquals(Set.of("disk_free_bytes", "disk_total_bytes"),
                PromQlNames.of("max by (job, path) (1 - disk_free_bytes / disk_total_bytes) > 1e3"));
        assertEquals(Set.of("up"), PromQlNames.of("up{job=~\"a|b\"} == 0"));
    }
}
