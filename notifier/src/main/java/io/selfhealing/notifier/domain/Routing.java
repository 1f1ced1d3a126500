package io.selfhealing.notifier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The routes file, validated: a tree of routes and the receivers they name. Matching as Alertmanager's: the root
 * takes every alert; a matching child takes it from its parent (depth first, first match wins unless the child
 * says {@code continue}); a route none of whose children match keeps the alert itself.
 */
public record Routing(Route root, Map<String, Receiver> receivers) {

    public Routing {
        receivers = Map.copyOf(receivers);
    }

    /** The routes that take an alert with these labels (at least the root). */
    public List<Route> match(Map<String, String> labels) {
        List<Route> found = new ArrayList<>();
        collect(root, labels, found);
        return found;
    }

    private static boolean collect(Route route, Map<String, String> labels, List<Route> found) {
        if (!route.matches(labels)) {
            return false;
        }
        boolean taken = false;
        for (Route child : route.children()) {
            if (collect(child, labels, found)) {
                taken = true;
                if (!child.cont()) {
                    break;
                }
            }
        }
        if (!taken) {
            found.add(route);
        }
        return true;
    }

    public Receiver receiver(String name) {
        Receiver r = receivers.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no receiver " + name);
        }
        return r;
    }
}
