package io.selfhealing.coordinator;

import io.selfhealing.events.AlertRaised;
import io.selfhealing.events.BackupChanged;
import io.selfhealing.events.BackupItem;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.FixProposed;
import io.selfhealing.events.IncidentChanged;
import io.selfhealing.events.IncidentState;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.events.RiskLevel;
import io.selfhealing.events.Topics;
import io.selfhealing.infra.KafkaProbe;
import io.selfhealing.infra.SharedInfra;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Plays the other services for one target of a saga test, through the real broker. */
final class SagaDriver implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final KafkaProbe probe;
    final String target = "t-" + System.nanoTime();

    SagaDriver() {
        probe = new KafkaProbe(SharedInfra.get().kafka().bootstrapServers(), Topics.COMMANDS, Topics.INCIDENTS,
                Topics.OUTCOMES, Topics.ALERTS);
    }

    void propose(int confidence) {
        propose(confidence, "rate_limiting");
    }

    void propose(int confidence, String issueType) {
        ResourceRef file = new ResourceRef(ResourceRef.GIT_FILE, "/srv/config", "demo.properties");
        FixPlan plan = new FixPlan("increase_delay", "git-config", RiskLevel.LOW, "upstream.delay.ms 800 -> 1200",
                List.of(new ParameterChange(file, "upstream.delay.ms", "800", "1200")));
        probe.send(Topics.FIX_PROPOSALS, target, EventCodec.encode(new FixProposed(EventHeader.create("fix-engineer",
                target), "diag-" + target, issueType, confidence, plan, "delay 800 below bound")));
    }

    /** The first command of this type for the target whose id is not in {@code except}. */
    CommandIssued command(CommandType type, Set<String> except) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.COMMANDS) && target.equals(r.key())
                && isCommand(r, type, except), WAIT).value(), CommandIssued.class);
    }

    private static boolean isCommand(ConsumerRecord<String, String> r, CommandType type, Set<String> except) {
        CommandIssued c = EventCodec.decode(r.value(), CommandIssued.class);
        return c.type() == type && !except.contains(c.header().eventId());
    }

    IncidentChanged state(IncidentState state) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.INCIDENTS) && target.equals(r.key())
                && EventCodec.decode(r.value(), IncidentChanged.class).to() == state, WAIT).value(),
                IncidentChanged.class);
    }

    AlertRaised alert(String titleStart) {
        return EventCodec.decode(probe.await(r -> r.topic().equals(Topics.ALERTS) && target.equals(r.key())
                && EventCodec.decode(r.value(), AlertRaised.class).title().startsWith(titleStart), WAIT).value(),
                AlertRaised.class);
    }

    List<ConsumerRecord<String, String>> drain(Duration wait, String topic) {
        return probe.drain(wait).stream().filter(r -> r.topic().equals(topic) && target.equals(r.key())).toList();
    }

    void answerBackup(CommandIssued command, String action) {
        answerBackup(command, action, action);
    }

    void answerBackup(CommandIssued command, String action, String message) {
        var item = new BackupItem(command.plan().resources().get(0), "ab".repeat(32), 12);
        probe.send(Topics.BACKUPS, target, EventCodec.encode(new BackupChanged(command.header().next("backup-manager"),
                command.header().eventId(), "backup-" + target, action, List.of(item), message)));
    }

    void answerFix(CommandIssued command, boolean success, String message) {
        probe.send(Topics.FIX_RESULTS, target, EventCodec.encode(new FixExecuted(command.header().next("fix-engineer"),
                command.header().eventId(), command.type(), success, success ? "commit-" + command.type() : null,
                message)));
    }

    @Override
    public void close() {
        probe.close();
    }
}
