package io.selfhealing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent reading of fix-engineer's catalog file, to judge every APPLY command the test
 * saw: a catalog fix type and actuator, one change of the catalog's parameter, both values whole
 * numbers within the bounds (and the target's replica bounds), the new value at most one step away
 * in the step's direction. Restarts set a timestamp, config reverts go from a commit to another.
 */
final class CatalogBounds {

    private final JsonNode fixTypes;

    private CatalogBounds(JsonNode fixTypes) {
        this.fixTypes = fixTypes;
    }

    static CatalogBounds read(Path catalogFile) throws Exception {
        return new CatalogBounds(new ObjectMapper(new YAMLFactory()).readTree(catalogFile.toFile()).path("fixTypes"));
    }

    /** Every way the command leaves the catalog; empty when it is safe. {@code kube}: the target's objects or null. */
    List<String> violations(CommandIssued command, FixScenario.Kube kube) {
        FixPlan plan = command.plan();
        List<String> found = new ArrayList<>();
        JsonNode spec = spec(plan == null ? null : plan.fixType());
        if (spec == null) {
            found.add("not a catalog fix type: " + (plan == null ? "no plan" : plan.fixType()));
            return found;
        }
        if (!spec.path("actuators").toString().contains("\"" + plan.actuator() + "\"")) {
            found.add(plan.fixType() + " may not use " + plan.actuator());
        }
        if (plan.changes().size() != 1) {
            found.add(plan.fixType() + " changes " + plan.changes().size() + " values, not one");
            return found;
        }
        ParameterChange change = plan.changes().get(0);
        switch (plan.fixType()) {
            case "restart" -> restart(change, found);
            case "revert_config_commit" -> revert(change, found);
            default -> numeric(spec, change, kube, found);
        }
        return found;
    }

    private JsonNode spec(String fixType) {
        for (JsonNode spec : fixTypes) {
            if (spec.path("name").asText().equals(fixType)) {
                return spec;
            }
        }
        return null;
    }

    private static void numeric(JsonNode spec, ParameterChange change, FixScenario.Kube kube, List<String> found) {
        JsonNode parameter = spec.path("parameter");
        if (!parameter.path("key").asText().equals(change.key())) {
            found.add("changes " + change.key() + ", not " + parameter.path("key").asText());
            return;
        }
        long min = parameter.path("min").asLong();
        long max = parameter.path("max").asLong();
        if (kube != null && "replicas".equals(change.key())) {
            min = Math.max(min, kube.minReplicas() == null ? 1 : kube.minReplicas());
            max = kube.maxReplicas() == null ? Long.MIN_VALUE : Math.min(max, kube.maxReplicas());
        }
        Long from = whole(change.fromValue());
        Long to = whole(change.toValue());
        if (from == null || to == null) {
            found.add("not whole numbers: " + change.fromValue() + " -> " + change.toValue());
            return;
        }
        if (from < min || from > max || to < min || to > max) {
            found.add(change.key() + " " + from + " -> " + to + " outside " + min + ".." + max);
        }
        JsonNode step = spec.path("step");
        boolean up = step.path("direction").asText().equals("up");
        long oneStep = step.has("add") ? from + (up ? 1 : -1) * step.path("add").asLong()
                : Math.round(up ? from * step.path("factor").asDouble() : from / step.path("factor").asDouble());
        boolean ok = up ? to > from && to <= oneStep : to < from && to >= oneStep;
        if (!ok) {
            found.add(change.key() + " " + from + " -> " + to + " is not one step " + (up ? "up" : "down")
                    + " (at most " + oneStep + ")");
        }
    }

    private static void restart(ParameterChange change, List<String> found) {
        try {
            Instant.parse(change.toValue());
        } catch (DateTimeParseException | NullPointerException e) {
            found.add("a restart sets a timestamp, not " + change.toValue());
        }
        if (!"kubectl.kubernetes.io/restartedAt".equals(change.key())) {
            found.add("a restart changes restartedAt, not " + change.key());
        }
    }

    private static void revert(ParameterChange change, List<String> found) {
        boolean commits = "commit".equals(change.key()) && change.fromValue() != null && change.toValue() != null
                && change.fromValue().matches("[0-9a-f]{40}") && change.toValue().matches("[0-9a-f]{40}")
                && !change.fromValue().equals(change.toValue());
        if (!commits) {
            found.add("a config revert goes from one commit to another, not " + change);
        }
    }

    private static Long whole(String value) {
        return value != null && value.matches("0|[1-9][0-9]{0,17}") ? Long.valueOf(value) : null;
    }
}
