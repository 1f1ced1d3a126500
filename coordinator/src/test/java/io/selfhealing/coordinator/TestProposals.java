package io.selfhealing.coordinator;

import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import java.util.List;

/** The fix proposal the control-room tests send: fix-engineer's rate-limit fix, risk LOW, upstream.delay.ms 800 -> 1200. */
public final class TestProposals {

    private TestProposals() {
    }

    /** A proposal for the target at this base confidence (85 and more passes the confidence gate). */
    public static FixProposed delay(String target, int confidence) {
        ResourceRef file = new ResourceRef(ResourceRef.GIT_FILE, "/srv/config", "demo.properties");
        FixPlan plan = new FixPlan("increase_delay", "git-config", RiskLevel.LOW, "upstream.delay.ms 800 -> 1200",
                List.of(new ParameterChange(file, "upstream.delay.ms", "800", "1200")));
        return new FixProposed(EventHeader.create("fix-engineer", target), "diag-1", "rate_limiting", confidence, plan,
                "delay 800 below bound");
    }
}
