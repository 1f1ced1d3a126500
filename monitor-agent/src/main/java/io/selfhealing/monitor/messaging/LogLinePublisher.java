package io.selfhealing.monitor.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.LogLineCollected;
import io.selfhealing.monitor.config.MonitorConfig;
import io.selfhealing.monitor.domain.LogLine;
import io.selfhealing.monitor.service.logs.LineSink;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Log lines → {@code healing.logs}, one {@link LogLineCollected} per line, keyed by target id. */
@ApplicationScoped
public class LogLinePublisher implements LineSink {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final EventSender sender;
    private final MutinyEmitter<String> logs;

    public LogLinePublisher(EventSender sender, @Channel("logs") MutinyEmitter<String> logs) {
        this.sender = sender;
        this.logs = logs;
    }

    /** Sends the lines in order and blocks until the broker acknowledged all of them. */
    @Override
    public void deliver(String targetId, String stream, List<LogLine> lines) {
        List<Uni<Void>> sends = new ArrayList<>(lines.size());
        for (LogLine line : lines) {
            var event = new LogLineCollected(EventHeader.create(MonitorConfig.SOURCE, targetId), stream,
                    line.offset(), line.text());
            sends.add(sender.send(logs, event));
        }
        Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
    }
}
