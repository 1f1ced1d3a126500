package io.selfhealing.detector.service;

import io.selfhealing.detector.domain.CategoryRule;
import io.selfhealing.detector.domain.ParsedLine;
import io.selfhealing.detector.domain.TemplateWindow;
import io.selfhealing.detector.miner.LogTemplate;
import io.selfhealing.detector.miner.MinerSettings;
import io.selfhealing.detector.miner.TemplateMiner;
import io.selfhealing.events.ErrorDetected;
import io.selfhealing.events.EventHeader;
import io.selfhealing.events.HealthStatus;
import io.selfhealing.events.LogLineCollected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The detector's logic without Quarkus: line → category and template → sliding window of
 * (target, template) → NEW / ESCALATING / RECURRING reports. Thread-safe (one lock: the tree and
 * the windows are shared state).
 */
public final class DetectorEngine {

    public static final String SOURCE = "error-detector";
    public static final String NEW = "NEW";
    public static final String ESCALATING = "ESCALATING";
    public static final String RECURRING = "RECURRING";

    private final DetectorSettings settings;
    private final LineParser parser = new LineParser();
    private final LineCategoriser categoriser;
    private final MessagePath<Object> path;
    private final MessagePath.Sink<Object> sink = this::mined;
    private final List<ErrorDetected> produced = new ArrayList<>();
    /** The time of the call being handled (a held-back line is reported at this time, not its own). */
    private long current;
    private final SeverityPolicy severity;
    private final Map<WindowKey, Tracked> windows = new HashMap<>();
    private final Map<String, StackFolder> folders = new HashMap<>();
    private final Map<String, HealthStatus> health = new HashMap<>();

    /**
     * @param declaredFormats target id → the {@code logFormat} it declares, or null to detect its header
     */
    public DetectorEngine(DetectorSettings settings, LineCategoriser categoriser, MinerSettings miner,
            Function<String, String> declaredFormats) {
        this.settings = settings;
        this.categoriser = categoriser;
        this.path = new MessagePath<>(declaredFormats, miner, settings.headerLearnWait().toMillis());
        this.severity = new SeverityPolicy(settings.highRatePerMinute());
    }

    /** Every target's header detected; each target gets a miner with the settings of {@code miner}. */
    public DetectorEngine(DetectorSettings settings, LineCategoriser categoriser, TemplateMiner miner) {
        this(settings, categoriser, miner.settings(), target -> null);
    }

    /** Handles one collected line; returns the reports it triggers (usually none). */
    public synchronized List<ErrorDetected> onLine(LogLineCollected event, long now) {
        String raw = event.line() == null ? "" : event.line();
        String line = raw.length() <= LineCategoriser.SCAN_LIMIT ? raw : raw.substring(0, LineCategoriser.SCAN_LIMIT);
        ParsedLine parsed = parser.parse(line);
        CategoryRule rule = categoriser.categorise(parsed);
        String targetId = event.header().targetId();
        StackFolder folder = folders.computeIfAbsent(targetId + '\u0000' + event.stream(), k -> new StackFolder());
        if (folder.fold(line, rule != null)) {
            return List.of();
        }
        current = now;
        path.offer(targetId, event.stream(), parsed.text(), parsed.structured(),
                rule == null ? targetId : new Pending(targetId, rule, raw, now, happenedAt(event, now)), now, sink);
        return takeProduced();
    }

    /**
     * A mined line (a {@link Pending} error line, or just the target id of any other line): an error
     * line goes into its (target, template) window, maybe making a report.
     */
    private void mined(Object item, LogTemplate template) {
        int[] absorbed = template.takeAbsorbed();
        if (absorbed != null) {
            moveWindows(item instanceof Pending p ? p.targetId : (String) item, absorbed, template);
        }
        if (!(item instanceof Pending line)) {
            return;
        }
        WindowKey key = new WindowKey(line.targetId, template.clusterId());
        Tracked tracked = windows.get(key);
        if (tracked == null) {
            if (windows.size() >= settings.maxWindows()) {
                return;
            }
            tracked = new Tracked(line.targetId, template, line.rule, new TemplateWindow(settings.window().toMillis()));
            windows.put(key, tracked);
        }
        tracked.window.add(line.now, line.happenedAt, line.raw);
        ErrorDetected report = due(tracked, Math.max(line.now, current));
        if (report != null) {
            produced.add(report);
        }
    }

    /** The windows of templates merged into {@code into} become (part of) its window. */
    private void moveWindows(String targetId, int[] absorbed, LogTemplate into) {
        WindowKey key = new WindowKey(targetId, into.clusterId());
        for (int id : absorbed) {
            Tracked gone = windows.remove(new WindowKey(targetId, id));
            Tracked tracked = windows.get(key);
            if (gone != null && tracked == null) {
                windows.put(key, new Tracked(targetId, into, gone.rule, gone.window));
            } else if (gone != null) {
                tracked.window.absorb(gone.window);
            }
        }
    }

    private List<ErrorDetected> takeProduced() {
        if (produced.isEmpty()) {
            return List.of();
        }
        List<ErrorDetected> out = List.copyOf(produced);
        produced.clear();
        return out;
    }

    public synchronized void onHealth(String targetId, HealthStatus status) {
        health.put(targetId, status);
    }

    /** Time-driven reports (RECURRING/ESCALATING of templates that got lines) and eviction of quiet windows. */
    public synchronized List<ErrorDetected> flush(long now) {
        current = now;
        path.flush(now, sink);
        List<ErrorDetected> reports = new ArrayList<>(takeProduced());
        Iterator<Tracked> it = windows.values().iterator();
        while (it.hasNext()) {
            Tracked tracked = it.next();
            if (now - tracked.window.lastSeen() > settings.window().toMillis() && tracked.window.newLines() == 0) {
                it.remove();
                continue;
            }
            ErrorDetected report = tracked.window.reported() ? due(tracked, now) : null;
            if (report != null) {
                reports.add(report);
            }
        }
        return reports;
    }

    private ErrorDetected due(Tracked tracked, long now) {
        TemplateWindow w = tracked.window;
        long interval = settings.reportInterval().toMillis();
        if (!w.reported()) {
            return w.windowCount(now) >= settings.minCount() ? report(tracked, NEW, now) : null;
        }
        if (w.newLines() == 0 || now - w.lastReport() < interval) {
            return null;
        }
        boolean escalating = w.newLines() >= settings.minCount()
                && w.recentRatePerMinute(now) >= settings.escalationFactor() * w.baselinePerMinute();
        return report(tracked, escalating ? ESCALATING : RECURRING, now);
    }

    private ErrorDetected report(Tracked tracked, String reason, long now) {
        TemplateWindow w = tracked.window;
        long interval = settings.reportInterval().toMillis();
        double rate = w.ratePerMinute(now, interval);
        double baselineSample = w.reported() ? w.recentRatePerMinute(now) : rate;
        HealthStatus status = health.getOrDefault(tracked.targetId, HealthStatus.UNKNOWN);
        ErrorDetected event = new ErrorDetected(EventHeader.create(SOURCE, tracked.targetId), tracked.rule.category(),
                tracked.template.stableId(), tracked.template.text(),
                severity.of(tracked.rule.severity(), rate, status, ESCALATING.equals(reason)), reason,
                w.windowCount(now), w.newLines(), rate, Instant.ofEpochMilli(w.firstHappened()),
                Instant.ofEpochMilli(w.lastHappened()), w.samples());
        w.markReported(now, baselineSample);
        return event;
    }

    /** Templates the target's miner holds now. */
    public synchronized int templates(String targetId) {
        return path.templates(targetId);
    }

    /** Windows currently tracked (for metrics). */
    public synchronized int trackedWindows() {
        return windows.size();
    }

    private record WindowKey(String targetId, int clusterId) {
    }

    /**
     * When the line happened: when it was collected, never later than it is handled. A line handled
     * late (a consumer that took a dead instance's partition over, lag) keeps its own time in the
     * report's firstSeen/lastSeen, so what a fix is judged on is not moved after the fix.
     */
    private static long happenedAt(LogLineCollected event, long now) {
        return event.header().occurredAt() == null ? now : Math.min(now, event.header().occurredAt().toEpochMilli());
    }

    private record Pending(String targetId, CategoryRule rule, String raw, long now, long happenedAt) {
    }

    private record Tracked(String targetId, LogTemplate template, CategoryRule rule, TemplateWindow window) {
    }
}
