package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Processes through OSHI: at least {@code minCount} (1) processes whose name or command line
 * matches the regex {@code pattern} are running (fewer → CRITICAL), their summed CPU % (average
 * since start) and RSS; and {@code lockFiles} whose recorded pid is no longer running (stale →
 * WARNING). Thresholds: cpuPercent (none by default), rssMb (none by default).
 */
@Singleton
public class ProcessProbe extends BlockingProbe {

    private final OperatingSystem os = new SystemInfo().getOperatingSystem();
    private List<OSProcess> snapshot;
    private long snapshotAt;
    private final long snapshotMaxAgeNanos;

    @Inject
    public ProcessProbe(BlockingChecks blocking) {
        this(blocking, Duration.ofSeconds(1));
    }

    /** @param snapshotMaxAge how long one reading of the process table is reused across targets */
    ProcessProbe(BlockingChecks blocking, Duration snapshotMaxAge) {
        super(blocking);
        this.snapshotMaxAgeNanos = snapshotMaxAge.toNanos();
    }

    @Override
    public String type() {
        return "process";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        Pattern pattern = Pattern.compile(context.settings().required("pattern"));
        long minCount = context.settings().longValue("minCount", 1);
        List<OSProcess> matching = processes().stream().filter(p -> p.getProcessID() != os.getProcessId()
                && (pattern.matcher(p.getName()).find() || pattern.matcher(p.getCommandLine()).find())).toList();
        HealthStatus running = matching.size() >= minCount ? HealthStatus.HEALTHY : HealthStatus.CRITICAL;
        checks.check("running", running, null, Map.of("count", matching.size(), "minCount", minCount,
                "pids", matching.stream().limit(20).map(OSProcess::getProcessID).toList()),
                matching.size() + " processes match " + pattern + ", expected at least " + minCount);
        if (!matching.isEmpty()) {
            double cpu = matching.stream().mapToDouble(OSProcess::getProcessCpuLoadCumulative).sum() * 100;
            long rss = matching.stream().mapToLong(OSProcess::getResidentSetSize).sum();
            checks.metric("cpu", "cpuPercent", cpu, Threshold.NONE, Map.of());
            checks.metric("memory", "rssMb", rss / (1024.0 * 1024), Threshold.NONE, Map.of());
        }
        for (Object lock : lockFiles(context)) {
            staleLock(Path.of(lock.toString()), checks);
        }
        return checks.result();
    }

    /** One reading of the process table, shared by the process targets checked within a second. */
    private synchronized List<OSProcess> processes() {
        long now = System.nanoTime();
        if (snapshot == null || now - snapshotAt >= snapshotMaxAgeNanos) {
            snapshot = os.getProcesses();
            snapshotAt = now;
        }
        return snapshot;
    }

    private static List<?> lockFiles(ProbeContext context) {
        Object v = context.settings().values().get("lockFiles");
        return v instanceof List<?> list ? list : List.of();
    }

    private void staleLock(Path lock, CheckList checks) {
        if (!Files.isRegularFile(lock)) {
            return;
        }
        try {
            String content = Files.readString(lock).trim();
            int pid = content.matches("\\d{1,10}") ? Integer.parseInt(content) : -1;
            boolean stale = pid > 0 && os.getProcess(pid) == null;
            checks.check("lock:" + lock, stale ? HealthStatus.WARNING : HealthStatus.HEALTHY, null,
                    Map.of("pid", pid, "stale", stale), "stale lock file " + lock + " (pid " + pid + " not running)");
        } catch (IOException | NumberFormatException e) {
            checks.check("lock:" + lock, HealthStatus.UNKNOWN, null, Map.of("error", String.valueOf(e.getMessage())),
                    "cannot read lock file " + lock);
        }
    }
}
