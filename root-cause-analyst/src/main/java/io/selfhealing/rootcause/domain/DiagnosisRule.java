package io.selfhealing.rootcause.domain;

import java.util.Optional;

/** One kind of root cause: recognises its evidence in a target's context. */
public interface DiagnosisRule {

    /** The finding the context supports, if any; the confidence is computed from it afterwards. */
    Optional<Finding> diagnose(TargetContext context);
}
