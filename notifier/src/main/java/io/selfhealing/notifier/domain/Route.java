package io.selfhealing.notifier.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A node of the routing tree, with what it inherits from its parents already filled in.
 *
 * @param path          where it stands in the file ({@code route}, {@code route.routes[1]}): names its groups
 * @param receivers     the escalation chain: the first is notified, the next after {@code escalateAfter}
 *                      without acknowledgement, and so on
 * @param groupBy       labels whose values split alerts into groups ({@code ...} = every label: no grouping)
 * @param escalateAfter null = no escalation
 * @param cont          {@code continue}: after a match, later siblings are tried too
 */
public record Route(String path, List<LabelMatcher> matchers, List<String> receivers, List<String> groupBy,
        Duration groupWait, Duration groupInterval, Duration repeatInterval, Duration escalateAfter, boolean cont,
        List<Route> children) {

    public Route {
        matchers = List.copyOf(matchers);
        receivers = List.copyOf(receivers);
        groupBy = List.copyOf(groupBy);
        children = List.copyOf(children);
    }

    public boolean matches(Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }

    /** The group an alert with these labels joins on this route: route path plus the group_by values. */
    public String groupKey(Map<String, String> labels, String alertKey) {
        if (groupBy.contains("...")) {
            return path + "{alert=" + alertKey + "}";
        }
        StringBuilder key = new StringBuilder(path).append('{');
        for (int i = 0; i < groupBy.size(); i++) {
            key.append(i == 0 ? "" : ",").append(groupBy.get(i)).append('=')
                    .append(labels.getOrDefault(groupBy.get(i), ""));
        }
        return key.append('}').toString();
    }
}
