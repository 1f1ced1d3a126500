package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.rest.ReportView;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;

/**
 * The coordinator process's own resource use, for the report (what the JVM can tell about itself).
 * The management beans are looked up at start: their first lookup loads JMX, too slow for the event
 * loop a report request runs on (it blocked it for seconds on a busy machine).
 */
@Startup
@ApplicationScoped
public class ProcessResources {

    private static final double MB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    public ReportView.Resources now() {
        Runtime rt = Runtime.getRuntime();
        double used = (rt.totalMemory() - rt.freeMemory()) / MB;
        File dir = new File(".").getAbsoluteFile();
        Double disk = dir.getTotalSpace() == 0 ? null
                : round(100.0 * (dir.getTotalSpace() - dir.getUsableSpace()) / dir.getTotalSpace());
        return new ReportView.Resources(cpuPercent(), round(used), disk);
    }

    public ReportView.ResourceUsage usage() {
        double peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new ReportView.ResourceUsage(round(peak / MB), cpuPercent(), null);
    }

    private Double cpuPercent() {
        if (os instanceof com.sun.management.OperatingSystemMXBean process) {
            double load = process.getProcessCpuLoad();
            return load < 0 ? null : round(100.0 * load);
        }
        return null;
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
