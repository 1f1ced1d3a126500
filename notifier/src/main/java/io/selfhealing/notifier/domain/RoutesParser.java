package io.selfhealing.notifier.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a routes file (YAML tree, as Alertmanager's {@code route:} / {@code receivers:}). Every
 * problem is collected with the entry and field it is about, so one start names them all. Children inherit
 * receivers, grouping, timings and escalation from their parent; the root's defaults are Alertmanager's.
 */
public final class RoutesParser {

    public static final List<String> DEFAULT_GROUP_BY = List.of("targetId");
    static final Duration DEFAULT_GROUP_WAIT = Duration.ofSeconds(30);
    static final Duration DEFAULT_GROUP_INTERVAL = Duration.ofMinutes(5);
    static final Duration DEFAULT_REPEAT_INTERVAL = Duration.ofHours(4);

    private static final Set<String> ROUTE_KEYS = Set.of("receiver", "receivers", "matchers", "group_by",
            "group_wait", "group_interval", "repeat_interval", "escalate_after", "continue", "routes");
    private static final Set<String> TOP_KEYS = Set.of("route", "receivers");
    private static final Set<String> RECEIVER_KEYS = Set.of("name", "webhook", "slack", "email");
    private static final Set<String> CHANNEL_KEYS = Set.of("url", "url_env", "secret_env", "to");

    private final List<String> errors = new ArrayList<>();

    /** The routing of a parsed YAML document, or an {@link InvalidRoutesException} listing every problem. */
    public static Routing parse(JsonNode doc) {
        return new RoutesParser().read(doc);
    }

    /** A routing with one receiver on the root and the defaults everywhere else (no routes file). */
    public static Routing empty() {
        Route root = new Route("route", List.of(), List.of(), DEFAULT_GROUP_BY, DEFAULT_GROUP_WAIT,
                DEFAULT_GROUP_INTERVAL, DEFAULT_REPEAT_INTERVAL, null, false, List.of());
        return new Routing(root, Map.of());
    }

    private Routing read(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            throw new InvalidRoutesException(List.of("the file is not a YAML mapping with 'route' and 'receivers'"));
        }
        unknownKeys(doc, TOP_KEYS, "(top level)");
        Map<String, Receiver> receivers = receivers(doc.path("receivers"));
        Route root = null;
        if (!doc.path("route").isObject()) {
            errors.add("route: missing (the root route every alert takes)");
        } else {
            Route defaults = empty().root();
            root = route(doc.path("route"), "route", defaults, receivers, true);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRoutesException(errors);
        }
        return new Routing(root, receivers);
    }

    private Map<String, Receiver> receivers(JsonNode list) {
        Map<String, Receiver> receivers = new LinkedHashMap<>();
        if (list.isMissingNode()) {
            return receivers;
        }
        if (!list.isArray()) {
            errors.add("receivers: must be a list");
            return receivers;
        }
        for (int i = 0; i < list.size(); i++) {
            Receiver r = receiver(list.get(i), "receivers[" + i + "]");
            if (r != null && receivers.putIfAbsent(r.name(), r) != null) {
                errors.add("receivers[" + i + "].name: '" + r.name() + "' is defined twice");
            }
        }
        return receivers;
    }

    private Receiver receiver(JsonNode node, String where) {
        unknownKeys(node, RECEIVER_KEYS, where);
        String name = node.path("name").asText("");
        if (name.isBlank()) {
            errors.add(where + ".name: missing");
            return null;
        }
        where = where + " (" + name + ")";
        List<String> channels = new ArrayList<>();
        for (String c : List.of("webhook", "slack", "email")) {
            if (node.has(c)) {
                channels.add(c);
            }
        }
        if (channels.size() != 1) {
            errors.add(where + ": needs exactly one of webhook, slack, email (has " + channels + ")");
            return null;
        }
        JsonNode spec = node.path(channels.get(0));
        unknownKeys(spec, CHANNEL_KEYS, where + "." + channels.get(0));
        Receiver.Type type = Receiver.Type.valueOf(channels.get(0).toUpperCase());
        Receiver r = new Receiver(name, type, text(spec, "url"), text(spec, "url_env"), text(spec, "secret_env"),
                strings(spec.path("to"), where + ".email.to"));
        checkReceiver(r, where + "." + channels.get(0));
        return r;
    }

    private void checkReceiver(Receiver r, String where) {
        if (r.type() == Receiver.Type.EMAIL) {
            if (r.to().isEmpty()) {
                errors.add(where + ".to: at least one address");
            }
            r.to().stream().filter(a -> !a.matches("[^@\\s]+@[^@\\s]+")).forEach(a ->
                    errors.add(where + ".to: '" + a + "' is not an e-mail address"));
            return;
        }
        if (r.url() == null && r.urlEnv() == null) {
            errors.add(where + ": needs url or url_env (an environment variable holding the URL)");
        }
        if (r.url() != null && !r.url().matches("https?://.+")) {
            errors.add(where + ".url: '" + r.url() + "' is not an http(s) URL");
        }
    }

    private Route route(JsonNode node, String path, Route parent, Map<String, Receiver> receivers, boolean root) {
        unknownKeys(node, ROUTE_KEYS, path);
        List<String> chain = chain(node, path, parent, receivers);
        if (root && chain.isEmpty()) {
            errors.add(path + ".receiver: the root route needs a receiver (every alert must reach someone)");
        }
        List<LabelMatcher> matchers = new ArrayList<>();
        for (String m : strings(node.path("matchers"), path + ".matchers")) {
            try {
                matchers.add(LabelMatcher.parse(m));
            } catch (IllegalArgumentException e) {
                errors.add(path + ".matchers: " + e.getMessage());
            }
        }
        if (root && !matchers.isEmpty()) {
            errors.add(path + ".matchers: the root route takes every alert; put matchers on its child routes");
        }
        List<String> groupBy = node.has("group_by") ? strings(node.path("group_by"), path + ".group_by")
                : parent.groupBy();
        Duration escalate = duration(node, "escalate_after", path, parent.escalateAfter());
        Route self = new Route(path, matchers, chain, groupBy, duration(node, "group_wait", path, parent.groupWait()),
                duration(node, "group_interval", path, parent.groupInterval()),
                duration(node, "repeat_interval", path, parent.repeatInterval()), escalate,
                node.path("continue").asBoolean(false), List.of());
        if (escalate != null && chain.size() < 2 && node.has("escalate_after")) {
            errors.add(path + ".escalate_after: needs a chain to escalate along (receivers: [first, next, ...])");
        }
        return withChildren(self, node.path("routes"), receivers);
    }

    private Route withChildren(Route self, JsonNode routes, Map<String, Receiver> receivers) {
        if (routes.isMissingNode()) {
            return self;
        }
        if (!routes.isArray()) {
            errors.add(self.path() + ".routes: must be a list");
            return self;
        }
        List<Route> children = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            children.add(route(routes.get(i), self.path() + ".routes[" + i + "]", self, receivers, false));
        }
        return new Route(self.path(), self.matchers(), self.receivers(), self.groupBy(), self.groupWait(),
                self.groupInterval(), self.repeatInterval(), self.escalateAfter(), self.cont(), children);
    }

    private List<String> chain(JsonNode node, String path, Route parent, Map<String, Receiver> receivers) {
        if (node.has("receiver") && node.has("receivers")) {
            errors.add(path + ": give either receiver or receivers (an escalation chain), not both");
        }
        List<String> chain = node.has("receiver") ? List.of(node.path("receiver").asText())
                : node.has("receivers") ? strings(node.path("receivers"), path + ".receivers") : parent.receivers();
        String field = node.has("receiver") ? ".receiver" : ".receivers";
        chain.stream().filter(r -> !receivers.containsKey(r)).forEach(r ->
                errors.add(path + field + ": no receiver named '" + r + "' under receivers"));
        return chain;
    }

    private Duration duration(JsonNode node, String field, String path, Duration inherited) {
        if (!node.has(field)) {
            return inherited;
        }
        try {
            Duration d = Durations.parse(node.path(field).asText());
            if (d.isNegative() || (d.isZero() && !field.equals("group_wait"))) {
                errors.add(path + "." + field + ": must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            errors.add(path + "." + field + ": " + e.getMessage());
            return inherited;
        }
    }

    private List<String> strings(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(where + ": must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private void unknownKeys(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            if (!node.isMissingNode()) {
                errors.add(where + ": must be a mapping");
            }
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                errors.add(where + "." + key + ": unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
