package io.selfhealing.monitor.service.probe;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.monitor.domain.ProbeContext;
import java.util.Map;

/** Probe contexts for plain tests. */
final class Targets {

    private Targets() {
    }

    static ProbeContext context(String type, Map<String, Object> probe) {
        return ProbeContext.of(new TargetSpec("t-" + type, type, probe, null, null, null));
    }
}
