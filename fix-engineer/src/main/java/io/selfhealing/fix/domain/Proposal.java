package io.selfhealing.fix.domain;

import io.selfhealing.events.FixPlan;

/** What the catalog proposes: a plan, or null with the reason in {@code rationale}. */
public record Proposal(FixPlan plan, String rationale) {

    public static Proposal none(String rationale) {
        return new Proposal(null, rationale);
    }
}
