package io.selfhealing.backup.messaging;

import io.selfhealing.backup.service.BackupService;
import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.EventCodec;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * healing.commands BACKUP / RESTORE → healing.backups; APPLY / REVERT are fix-engineer's. Every
 * BACKUP / RESTORE gets an answer, FAILED with the reason whatever went wrong (an expired command,
 * a Kubernetes or file error, even a database that cannot store the answer); only an event that is
 * not a command at all goes to the dead-letter queue.
 */
@ApplicationScoped
public class CommandConsumer {

    private final BackupService service;
    private final EventSender sender;
    private final MutinyEmitter<String> backups;

    public CommandConsumer(BackupService service, EventSender sender,
            @Channel("backups") MutinyEmitter<String> backups) {
        this.service = service;
        this.sender = sender;
        this.backups = backups;
    }

    @Incoming("commands")
    public Uni<Void> onCommand(String json) {
        CommandIssued command = EventCodec.decode(json, CommandIssued.class);
        return service.handle(command)
                .onFailure().recoverWithItem(e -> BackupService.unrecorded(command, e))
                .flatMap(result -> result == null ? Uni.createFrom().voidItem() : sender.send(backups, result));
    }
}
