package io.selfhealing.fix.domain;

import java.util.List;
import java.util.Optional;

/** The allow-listed fix types; nothing outside it is ever proposed or applied. */
public final class FixCatalog {

    private final List<FixType> types;

    public FixCatalog(List<FixType> types) {
        this.types = List.copyOf(types);
    }

    public Optional<FixType> forIssue(String issueType) {
        return types.stream().filter(t -> t.issueType().equals(issueType)).findFirst();
    }

    public Optional<FixType> byName(String fixType) {
        return types.stream().filter(t -> t.name().equals(fixType)).findFirst();
    }
}
