package io.selfhealing.fix.domain;

import io.selfhealing.events.FixPlan;
import java.util.stream.Collectors;

/** The commit messages of applied and reverted fixes, with the trailers that make them findable. */
public final class CommitMessages {

    public static final String INCIDENT_TRAILER = "Healing-Incident";
    public static final String COMMAND_TRAILER = "Healing-Command";
    public static final String FIX_PREFIX = "healing: ";

    private CommitMessages() {
    }

    /** {@code healing: increase_delay upstream.delay.ms 800 -> 1200 (incident <id>)} + trailers. */
    public static String apply(FixPlan plan, String incidentId, String commandId) {
        String changes = plan.changes().stream()
                .map(c -> c.key() + " " + c.fromValue() + " -> " + c.toValue())
                .collect(Collectors.joining(", "));
        return FIX_PREFIX + plan.fixType() + " " + changes + " (incident " + incidentId + ")\n\n"
                + trailers(incidentId, commandId);
    }

    /** {@code Revert "<fix subject>"}, the reverted commit, trailers. */
    public static String revert(String fixSubject, String fixCommitId, String incidentId, String commandId) {
        return "Revert \"" + fixSubject + "\"\n\nThis reverts commit " + fixCommitId + ".\n\n"
                + trailers(incidentId, commandId);
    }

    /** Revert of a change no fix commit of this incident is found for (made by hand or too old). */
    public static String restore(String path, String incidentId, String commandId) {
        return "healing: restore " + path + " from backup (incident " + incidentId + ")\n\n"
                + trailers(incidentId, commandId);
    }

    private static String trailers(String incidentId, String commandId) {
        return INCIDENT_TRAILER + ": " + incidentId + "\n" + COMMAND_TRAILER + ": " + commandId + "\n";
    }
}
