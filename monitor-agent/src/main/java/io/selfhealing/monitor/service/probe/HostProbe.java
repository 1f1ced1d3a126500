package io.selfhealing.monitor.service.probe;

import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.software.os.FileSystem;
import oshi.software.os.OSFileStore;

/**
 * The machine the agent runs on, through OSHI: CPU % (the average over the whole interval since
 * the previous check, from the CPU tick counters — never one instant), memory %, swap %, disk %
 * per mount, load average and open file descriptors. Thresholds (override under
 * {@code probe.thresholds}): cpuPercent and memoryPercent warning above 80 for 5m, critical above
 * 90 for 2m; diskPercent warning above 80 for 5m, critical above 95 for 2m; swapPercent 80/95;
 * fdPercent 80/90. Optional {@code mounts: [/, /data]} limits the disks checked.
 */
@Singleton
public class HostProbe extends BlockingProbe {

    static final Threshold CPU = new Threshold(80, Duration.ofMinutes(5), 90, Duration.ofMinutes(2));
    static final Threshold MEMORY = CPU;
    static final Threshold DISK = new Threshold(80, Duration.ofMinutes(5), 95, Duration.ofMinutes(2));
    static final Threshold SWAP = Threshold.of(80, 95);
    static final Threshold FDS = Threshold.of(80, 90);
    private static final Set<String> PSEUDO_FS = Set.of("tmpfs", "devtmpfs", "squashfs", "proc", "sysfs",
            "cgroup", "cgroup2", "devpts", "mqueue", "nsfs", "autofs", "fuse.lxcfs");

    private final SystemInfo system = new SystemInfo();
    private final Map<String, long[]> previousTicks = new ConcurrentHashMap<>();

    public HostProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "host";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        CentralProcessor cpu = system.getHardware().getProcessor();
        double[] load = cpu.getSystemLoadAverage(1);
        checks.metric("cpu", "cpuPercent", cpuPercent(context.target().id(), cpu), CPU,
                Map.of("load1", load[0], "logicalCpus", cpu.getLogicalProcessorCount()));
        GlobalMemory memory = system.getHardware().getMemory();
        checks.metric("memory", "memoryPercent", percent(memory.getTotal() - memory.getAvailable(),
                memory.getTotal()), MEMORY, Map.of("totalBytes", memory.getTotal()));
        long swapTotal = memory.getVirtualMemory().getSwapTotal();
        if (swapTotal > 0) {
            checks.metric("swap", "swapPercent", percent(memory.getVirtualMemory().getSwapUsed(), swapTotal), SWAP,
                    Map.of("totalBytes", swapTotal));
        }
        FileSystem fs = system.getOperatingSystem().getFileSystem();
        if (fs.getMaxFileDescriptors() > 0) {
            checks.metric("fds", "fdPercent", percent(fs.getOpenFileDescriptors(), fs.getMaxFileDescriptors()),
                    FDS, Map.of("open", fs.getOpenFileDescriptors(), "max", fs.getMaxFileDescriptors()));
        }
        disks(context, fs, checks);
        return checks.result();
    }

    /** Busy share of the CPU ticks since this target's previous check (the first check samples 1 s). */
    private double cpuPercent(String targetId, CentralProcessor cpu) {
        long[] previous = previousTicks.get(targetId);
        if (previous == null) {
            previous = cpu.getSystemCpuLoadTicks();
            sleep(Duration.ofSeconds(1));
        }
        long[] now = cpu.getSystemCpuLoadTicks();
        previousTicks.put(targetId, now);
        return cpu.getSystemCpuLoadBetweenTicks(previous) * 100;
    }

    private void disks(ProbeContext context, FileSystem fs, CheckList checks) {
        Object wanted = context.settings().values().get("mounts");
        List<?> mounts = wanted instanceof List<?> list ? list : List.of();
        for (OSFileStore store : fs.getFileStores(true)) {
            boolean selected = mounts.isEmpty() ? !PSEUDO_FS.contains(store.getType()) && store.getTotalSpace() > 0
                    : mounts.contains(store.getMount());
            if (selected && store.getTotalSpace() > 0) {
                checks.metric("disk:" + store.getMount(), "diskPercent",
                        percent(store.getTotalSpace() - store.getUsableSpace(), store.getTotalSpace()), DISK,
                        Map.of("mount", store.getMount(), "type", store.getType(), "totalBytes", store.getTotalSpace()));
            }
        }
    }

    static double percent(long part, long whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
