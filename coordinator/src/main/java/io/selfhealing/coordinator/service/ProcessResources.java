package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.rest.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The coordinator process's own resource use, for the report (what the JVM can tell about itself). */
@ApplicationScoped
public class ProcessResources {

    private static final double MB = 1024.0 * 1024.0;

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
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new ReportView.ResourceUsage(round(peak / MB), cpuPercent(), null);
    }

    private static Double cpuPercent() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            double load = os.getProcessCpuLoad();
            return load < 0 ? null : round(100.0 * load);
        }
        return null;
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
