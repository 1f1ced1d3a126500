package io.selfhealing.fix.service;

import io.quarkus.runtime.Startup;
import io.selfhealing.fix.domain.FixCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every actuator by its catalog name. Built at start, and the start fails when the catalog names
 * an actuator that is not there: a missing actuator must not silently turn fixes into escalations.
 */
@Startup
@ApplicationScoped
public class Actuators {

    private final Map<String, Actuator> byName;

    public Actuators(FixCatalog catalog, Instance<Actuator> all) {
        this.byName = index(catalog, all.stream().toList());
    }

    static Map<String, Actuator> index(FixCatalog catalog, List<Actuator> all) {
        Map<String, Actuator> byName = all.stream().collect(Collectors.toMap(Actuator::name, Function.identity()));
        List<String> missing = catalog.types().stream().flatMap(spec -> spec.actuators().stream())
                .filter(name -> !byName.containsKey(name)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the fix catalog names actuators that do not exist: " + missing
                    + "; known: " + byName.keySet());
        }
        return byName;
    }

    public Optional<Actuator> get(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }
}
