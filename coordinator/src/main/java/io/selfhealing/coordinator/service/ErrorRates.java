package io.selfhealing.coordinator.service;

import io.selfhealing.events.ErrorDetected;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The latest error rate per (target, category), the "before" of a validation. */
@ApplicationScoped
public class ErrorRates {

    private final Map<String, Double> perMinute = new ConcurrentHashMap<>();

    public void update(ErrorDetected error) {
        perMinute.put(error.header().targetId() + "|" + error.category(), error.ratePerMinute());
    }

    /** Sum over the given categories; an empty set means every category of the target. */
    public double current(String targetId, Set<String> categories) {
        String prefix = targetId + "|";
        return perMinute.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> categories.isEmpty() || categories.contains(e.getKey().substring(prefix.length())))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
