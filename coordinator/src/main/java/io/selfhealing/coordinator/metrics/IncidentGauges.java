package io.selfhealing.coordinator.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.selfhealing.events.IncidentState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gauges read from the incident table every {@code healing.metrics.refresh} (15 s):
 * {@code healing_incidents{state,issue_type}} (how many incidents are in each state), and
 * {@code healing_incidents_overdue}: open incidents past their deadline by more than a minute —
 * VALIDATING past its validation deadline, DIAGNOSED past its evidence deadline, or waiting for a
 * backup, apply or rollback answer for longer than {@code healing.metrics.command-deadline} (10 min).
 * The saga acts at those deadlines itself: an overdue incident means it did not.
 */
@ApplicationScoped
public class IncidentGauges {

    private static final String COUNTS = "select i.state, i.issueType, count(i) from IncidentEntity i "
            + "group by i.state, i.issueType";
    private static final String OVERDUE = "select count(i) from IncidentEntity i where "
            + "(i.state = :validating and i.validationDeadline < :due) "
            + "or (i.state = :diagnosed and i.evidenceDeadline < :due) "
            + "or (i.state in :commands and i.updatedAt < :commandDue)";
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final MultiGauge incidents;
    private final AtomicLong overdue = new AtomicLong();
    private final Duration commandDeadline;

    public IncidentGauges(MeterRegistry registry,
            @ConfigProperty(name = "healing.metrics.command-deadline", defaultValue = "10m") Duration commandDeadline) {
        this.commandDeadline = commandDeadline;
        this.incidents = MultiGauge.builder("healing.incidents").description("Incidents by state and issue type")
                .register(registry);
        Gauge.builder("healing.incidents.overdue", overdue, AtomicLong::get)
                .description("Open incidents past their deadline").register(registry);
    }

    @Scheduled(every = "${healing.metrics.refresh:15s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        Instant now = Instant.now();
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createSelectionQuery(COUNTS, Object[].class).getResultList()
                .invoke(this::publish)
                .flatMap(x -> session.createSelectionQuery(OVERDUE, Long.class)
                        .setParameter("validating", IncidentState.VALIDATING)
                        .setParameter("diagnosed", IncidentState.DIAGNOSED)
                        .setParameter("commands", List.of(IncidentState.BACKING_UP, IncidentState.APPLYING,
                                IncidentState.ROLLING_BACK))
                        .setParameter("due", now.minus(GRACE))
                        .setParameter("commandDue", now.minus(commandDeadline).minus(GRACE))
                        .getSingleResult())))
                .invoke(overdue::set).replaceWithVoid();
    }

    private void publish(List<Object[]> rows) {
        List<MultiGauge.Row<?>> gauges = new ArrayList<>();
        for (Object[] row : rows) {
            gauges.add(MultiGauge.Row.of(Tags.of("state", String.valueOf(row[0]), "issue_type", String.valueOf(row[1])),
                    ((Number) row[2]).doubleValue()));
        }
        incidents.register(gauges, true);
    }
}
