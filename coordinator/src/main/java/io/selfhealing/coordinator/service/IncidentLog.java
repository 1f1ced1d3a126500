package io.selfhealing.coordinator.service;

import io.selfhealing.coordinator.repository.IncidentEntity;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Log lines about an incident, with {@code incidentId} and {@code targetId} in the MDC for that line. */
public final class IncidentLog {

    private IncidentLog() {
    }

    public static void info(Logger log, IncidentEntity incident, String format, Object... args) {
        log(log, Logger.Level.INFO, incident, format, args);
    }

    public static void warn(Logger log, IncidentEntity incident, String format, Object... args) {
        log(log, Logger.Level.WARN, incident, format, args);
    }

    public static void debug(Logger log, IncidentEntity incident, String format, Object... args) {
        if (log.isDebugEnabled()) {
            log(log, Logger.Level.DEBUG, incident, format, args);
        }
    }

    private static void log(Logger log, Logger.Level level, IncidentEntity incident, String format, Object... args) {
        Object oldIncident = MDC.get("incidentId");
        Object oldTarget = MDC.get("targetId");
        MDC.put("incidentId", incident.id);
        MDC.put("targetId", incident.targetId);
        try {
            log.logf(level, format, args);
        } finally {
            restore("incidentId", oldIncident);
            restore("targetId", oldTarget);
        }
    }

    private static void restore(String key, Object old) {
        if (old == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, old);
        }
    }
}
