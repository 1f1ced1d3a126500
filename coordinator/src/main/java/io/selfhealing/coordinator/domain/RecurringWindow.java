package io.selfhealing.coordinator.domain;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A maintenance window that recurs: it opens at each time a Unix cron expression names, read in a
 * time zone (so "0 2 * * *" in Europe/Berlin stays 02:00 local across daylight-saving changes),
 * and stays open for a fixed duration.
 */
public final class RecurringWindow {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String cron;
    private final ExecutionTime schedule;
    private final ZoneId zone;
    private final Duration length;

    private RecurringWindow(String cron, ExecutionTime schedule, ZoneId zone, Duration length) {
        this.cron = cron;
        this.schedule = schedule;
        this.zone = zone;
        this.length = length;
    }

    /**
     * Parses and validates; the exception message names the wrong part.
     *
     * @throws IllegalArgumentException with "cron", "timeZone" or "duration" first in the message
     */
    public static RecurringWindow of(String cron, String timeZone, Duration length) {
        ExecutionTime schedule;
        try {
            schedule = ExecutionTime.forCron(PARSER.parse(cron.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("cron: '" + cron + "' is not a Unix cron expression (minute hour "
                    + "day-of-month month day-of-week, e.g. '0 2 * * *'): " + e.getMessage());
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone: '" + timeZone + "' is not a time zone id such as "
                    + "Europe/Berlin");
        }
        if (length == null || length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("duration: a recurring window lasts more than 0 and at most 24 hours");
        }
        return new RecurringWindow(cron.trim(), schedule, zone, length);
    }

    /** The opening of the occurrence that covers {@code at}, if one does. */
    public Optional<Instant> openedAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        // The latest start at or before "at": one within the last second (exactly now included; cron
        // starts are whole minutes, so there is at most one), else the last one before.
        Optional<ZonedDateTime> startedNow = schedule.nextExecution(local.minusSeconds(1))
                .filter(start -> !start.toInstant().isAfter(at));
        return (startedNow.isPresent() ? startedNow : schedule.lastExecution(local)).map(ZonedDateTime::toInstant)
                .filter(start -> !start.isAfter(at) && at.isBefore(start.plus(length)));
    }

    public boolean activeAt(Instant at) {
        return openedAt(at).isPresent();
    }

    /** The next opening strictly after {@code at}. */
    public Optional<Instant> nextOpening(Instant at) {
        return schedule.nextExecution(at.atZone(zone)).map(ZonedDateTime::toInstant);
    }

    public Duration length() {
        return length;
    }

    /** "0 2 * * * Europe/Berlin for PT30M". */
    public String describe() {
        return cron + " " + zone + " for " + length;
    }
}
