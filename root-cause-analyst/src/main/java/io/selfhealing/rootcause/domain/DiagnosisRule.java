package io.selfhealing.rootcause.domain;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.ErrorDetected;
import java.util.Optional;

/** One kind of root cause: recognises its evidence and builds the diagnosis. */
public interface DiagnosisRule {

    /** The diagnosis this error report supports, with the target's context, if any. */
    Optional<DiagnosisMade> diagnose(ErrorDetected error, TargetContext context);
}
