package io.selfhealing.fix.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every actuator by its catalog name. */
@ApplicationScoped
public class Actuators {

    private final Map<String, Actuator> byName;

    public Actuators(Instance<Actuator> all) {
        this.byName = all.stream().collect(Collectors.toMap(Actuator::name, Function.identity()));
    }

    public Optional<Actuator> get(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }
}
