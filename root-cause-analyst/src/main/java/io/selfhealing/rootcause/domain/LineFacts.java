package io.selfhealing.rootcause.domain;

import java.util.List;
import java.util.Set;

/**
 * What an error line is about, read from its text: the places it names, the exception classes of
 * its cause chain, exit codes, and what kind of resource a pool or timeout belongs to.
 *
 * @param endpoints  hosts / host:port / URL hosts the line names
 * @param names      other resource names: database, topic, cache names quoted in the line
 * @param exceptions exception classes, outermost first
 * @param exitCodes  process exit codes / statuses
 * @param poolWait   the line says a connection could not be taken from a pool (acquisition), not
 *                   that a call over a pooled connection failed
 * @param about      the kind of resource the line names: database, http, redis, kafka or null
 */
public record LineFacts(List<Endpoint> endpoints, Set<String> names, List<String> exceptions, List<Integer> exitCodes,
        boolean poolWait, String about) {

    public static final String DATABASE = "database";
    public static final String HTTP = "http";
    public static final String REDIS = "redis";
    public static final String KAFKA = "kafka";

    public LineFacts {
        endpoints = List.copyOf(endpoints);
        names = Set.copyOf(names);
        exceptions = List.copyOf(exceptions);
        exitCodes = List.copyOf(exitCodes);
    }

    public boolean aboutDatabase() {
        return DATABASE.equals(about);
    }
}
