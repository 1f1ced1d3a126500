package io.selfhealing.fix.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.FixExecuted;
import java.util.Optional;
import io.selfhealing.fix.service.CommandService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** healing.commands APPLY / REVERT → git commit → healing.fix-results; BACKUP / RESTORE are not ours. */
@ApplicationScoped
public class CommandConsumer {

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    private final CommandService commands;
    private final EventSender sender;
    private final MutinyEmitter<String> results;

    public CommandConsumer(CommandService commands, EventSender sender,
            @Channel("results") MutinyEmitter<String> results) {
        this.commands = commands;
        this.sender = sender;
        this.results = results;
    }

    /** Every APPLY / REVERT gets an answer: FAILED with the reason whatever the error (even an Error). */
    private Optional<FixExecuted> answer(CommandIssued command) {
        try {
            return commands.handle(command);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.errorf(e, "command %s failed unexpectedly", command.header().eventId());
            return commands.failedAnswer(command, e);
        }
    }

    /** Blocking (JGit), one command at a time in order. */
    @Incoming("commands")
    @Blocking
    public void onCommand(String json) {
        CommandIssued command = EventCodec.decode(json, CommandIssued.class);
        MDC.put("targetId", command.header().targetId());
        MDC.put("incidentId", String.valueOf(command.header().incidentId()));
        try {
            answer(command).ifPresent(result -> {
                LOG.infof("%s %s: %s", result.action(), result.success() ? "done" : "refused", result.message());
                sender.sendAndWait(results, result);
            });
        } finally {
            MDC.remove("targetId");
            MDC.remove("incidentId");
        }
    }
}
