package io.selfhealing.fix.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The allow-listed fix types, in order of preference, and the issue types that are never fixed automatically. */
public final class FixCatalog {

    private final List<FixSpec> types;
    private final Map<String, String> escalations;

    public FixCatalog(List<FixSpec> types, Map<String, String> escalations) {
        this.types = List.copyOf(types);
        this.escalations = Map.copyOf(escalations);
    }

    /** The fix types answering {@code issueType}, most preferred first. */
    public List<FixSpec> forIssue(String issueType) {
        return types.stream().filter(t -> t.answers().contains(issueType)).toList();
    }

    /** The reason {@code issueType} goes to a person without any fix, if it does. */
    public Optional<String> escalation(String issueType) {
        return Optional.ofNullable(escalations.get(issueType));
    }

    public Optional<FixSpec> byName(String fixType) {
        return types.stream().filter(t -> t.name().equals(fixType)).findFirst();
    }

    public List<FixSpec> types() {
        return types;
    }
}
