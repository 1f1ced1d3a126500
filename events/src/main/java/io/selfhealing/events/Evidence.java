package io.selfhealing.events;

/** One piece of evidence behind a diagnosis: a log sample, a metric value, a health status. */
public record Evidence(String kind, String description, double value) {
}
