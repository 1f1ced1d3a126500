package io.selfhealing.coordinator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.config.CoordinatorConfig;
import io.selfhealing.coordinator.domain.HumanDecision;
import io.selfhealing.coordinator.domain.SwitchState;
import io.selfhealing.coordinator.repository.RuntimeSwitchEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin's runtime switches ({@code autonomous}, {@code dry-run}): kept in PostgreSQL, so every
 * coordinator instance and a restarted one read the same values; the configuration gives the value
 * until an admin switches. Read by the gates at every decision; every change audited.
 */
@ApplicationScoped
public class RuntimeSwitches {

    public static final List<String> NAMES = List.of(SwitchState.AUTONOMOUS, SwitchState.DRY_RUN);

    private final CoordinatorConfig config;
    private final DecisionLog audit;

    public RuntimeSwitches(CoordinatorConfig config, DecisionLog audit) {
        this.config = config;
        this.audit = audit;
    }

    /** Every switch, by name (in the caller's session when there is one). */
    @WithSession
    public Uni<Map<String, SwitchState>> states() {
        return RuntimeSwitchEntity.<RuntimeSwitchEntity>listAll().map(rows -> {
            Map<String, RuntimeSwitchEntity> byName = rows.stream()
                    .collect(Collectors.toMap(r -> r.name, Function.identity()));
            Map<String, SwitchState> states = new LinkedHashMap<>();
            NAMES.forEach(n -> states.put(n, byName.containsKey(n) ? byName.get(n).state()
                    : SwitchState.configured(n, configured(n))));
            return states;
        });
    }

    /** Sets a switch for every instance, audited with who and why (the reason is required). */
    @WithTransaction
    public Uni<SwitchState> set(String name, boolean enabled, HumanDecision decision) {
        if (!NAMES.contains(name)) {
            throw new ProblemException(404, "Unknown switch", "no switch '" + name + "'; switches: " + NAMES, "name");
        }
        if (decision.reason() == null) {
            throw ProblemException.invalid("reason", "switching " + name + " needs a reason (it is audited)");
        }
        return RuntimeSwitchEntity.<RuntimeSwitchEntity>findById(name).flatMap(existing -> {
            RuntimeSwitchEntity row = existing != null ? existing : new RuntimeSwitchEntity();
            row.name = name;
            row.enabled = enabled;
            row.changedBy = decision.actor();
            row.changedAt = Instant.now();
            row.reason = IncidentTransitions.truncate(decision.reason());
            return row.<RuntimeSwitchEntity>persist()
                    .flatMap(saved -> audit.record(decision, "switch", name + "=" + enabled, null))
                    .map(d -> row.state());
        });
    }

    private boolean configured(String name) {
        return SwitchState.AUTONOMOUS.equals(name) ? config.autonomous() : config.dryRun();
    }
}
