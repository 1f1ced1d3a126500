package io.selfhealing.fix.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Reading;
import java.util.Optional;

/**
 * Where a fix acts (a config file in git, a ConfigMap, a Deployment, an admin endpoint). Every
 * actuator acts only on what the target declares, never on a name taken from an event, checks the
 * current value before changing it, and is idempotent: a repeated command changes nothing twice.
 * None runs a shell command.
 */
public interface Actuator {

    /** The catalog name ({@link FixSpec#ACTUATORS}). */
    String name();

    /**
     * The value {@code spec} would change on {@code target}; empty if the target declares nothing
     * this actuator acts on. Blocking. Throws {@link io.selfhealing.fix.domain.FixRefused} with the
     * reason when it is declared but unusable (key missing, object not found).
     */
    Optional<Reading> read(TargetSpec target, FixSpec spec);

    /** Applies a plan already checked against the catalog. Blocking; FixRefused for a refusal. */
    FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec);

    /** Undoes the plan (after backup-manager restored what it could). Blocking; FixRefused for a refusal. */
    FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec);

    /**
     * True when the actuator itself finds a command it already carried out and answers it again; it
     * then refuses an expired command only after that lookup ({@code CommandService.refuseIfExpired}).
     */
    default boolean answersRepeats() {
        return false;
    }
}
