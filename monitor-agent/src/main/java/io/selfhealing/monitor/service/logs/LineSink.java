package io.selfhealing.monitor.service.logs;

import io.selfhealing.monitor.domain.LogLine;
import java.util.List;

/** Where collected lines go. Returns only when every line was acknowledged; throws otherwise. */
@FunctionalInterface
public interface LineSink {

    void deliver(String targetId, String stream, List<LogLine> lines) throws Exception;
}
