package io.selfhealing.fix.service;

import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jgit.revwalk.RevCommit;

/** The FixExecuted answers of a command. */
final class Results {

    static final String SOURCE = "fix-engineer";

    private Results() {
    }

    /**
     * The answer of a command that produced {@code commit}: derived from the command id and the
     * commit only, so answering again (a redelivered command) publishes an identical event.
     */
    static FixExecuted committed(CommandIssued command, RevCommit commit) {
        String commandId = command.header().eventId();
        EventHeader header = new EventHeader(EventHeader.CURRENT_SCHEMA_VERSION,
                UUID.nameUUIDFromBytes(("fix-executed:" + commandId).getBytes(StandardCharsets.UTF_8)).toString(),
                commit.getCommitterIdent().getWhenAsInstant(), SOURCE, command.header().targetId(),
                command.header().incidentId());
        return new FixExecuted(header, commandId, command.type(), true, commit.getName(),
                "committed " + commit.getName().substring(0, 12) + ": " + commit.getShortMessage());
    }

    /**
     * The answer of a command carried out on something other than git: {@code ref} names the state
     * reached (e.g. {@code k8s:shop/configmap/shop-config@1234}); the event id derives from the command id.
     */
    static FixExecuted done(CommandIssued command, String ref, String message) {
        String commandId = command.header().eventId();
        EventHeader header = new EventHeader(EventHeader.CURRENT_SCHEMA_VERSION,
                UUID.nameUUIDFromBytes(("fix-executed:" + commandId).getBytes(StandardCharsets.UTF_8)).toString(),
                java.time.Instant.now(), SOURCE, command.header().targetId(), command.header().incidentId());
        return new FixExecuted(header, commandId, command.type(), true, ref, message);
    }

    static FixExecuted unchanged(CommandIssued command, RevCommit head) {
        return new FixExecuted(command.header().next(SOURCE), command.header().eventId(), command.type(), true,
                head.getName(), "the file already equals HEAD " + head.getName().substring(0, 12) + "; nothing to commit");
    }

    static FixExecuted failed(CommandIssued command, String reason) {
        return new FixExecuted(command.header().next(SOURCE), command.header().eventId(), command.type(), false,
                null, reason);
    }
}
