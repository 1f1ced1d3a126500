package io.selfhealing.rootcause.service.enrich;

import io.selfhealing.events.Vocabulary.Fix;
import io.selfhealing.events.Vocabulary.Issue;
import java.util.List;
import java.util.Map;

/** The fix types of the catalog and which of them may answer each issue type. */
public final class FixCatalogNames {

    public static final List<String> ALL = List.of(Fix.INCREASE_DELAY, Fix.REDUCE_BATCH_SIZE, Fix.RAISE_TIMEOUT,
            Fix.RAISE_POOL_SIZE, Fix.RESTART, Fix.SCALE_OUT, Fix.REVERT_CONFIG_COMMIT);

    /** A dependency that is down has no fix of the caller: nothing is allowed, it escalates. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            Issue.RATE_LIMITING, List.of(Fix.INCREASE_DELAY, Fix.REDUCE_BATCH_SIZE),
            Issue.DB_POOL_EXHAUSTED, List.of(Fix.RAISE_POOL_SIZE),
            Issue.API_TIMEOUT, List.of(Fix.RAISE_TIMEOUT),
            Issue.OVERLOAD, List.of(Fix.RESTART, Fix.SCALE_OUT, Fix.REDUCE_BATCH_SIZE),
            Issue.CONFIGURATION_ERROR, List.of(Fix.REVERT_CONFIG_COMMIT),
            Issue.DEPENDENCY_DOWN, List.of());

    private FixCatalogNames() {
    }

    public static List<String> allowedFor(String issueType) {
        return ALLOWED.getOrDefault(issueType, List.of());
    }
}
