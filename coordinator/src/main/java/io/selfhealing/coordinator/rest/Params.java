package io.selfhealing.coordinator.rest;

import io.selfhealing.common.rest.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parses query and path parameters itself, so that a wrong value is a 400 problem naming the
 * parameter instead of JAX-RS's bare 404 for an unconvertible {@code int}.
 */
public final class Params {

    private Params() {
    }

    /** An integer parameter within [min, max]; absent or blank means {@code fallback}. */
    public static int intParam(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, name + " must be an integer within " + min + ".." + max
                    + ", was '" + raw + "'");
        }
        if (value < min || value > max) {
            throw ProblemException.invalid(name, name + " must be within " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /** An ISO-8601 instant ({@code 2026-11-30T12:00:00Z}); absent means {@code fallback}. */
    public static Instant instantParam(String name, String raw, Instant fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, name + " must be an ISO-8601 instant such as "
                    + "2026-11-30T12:00:00Z, was '" + raw + "'");
        }
    }

    /** An enum constant by case-insensitive name; absent means null. */
    public static <E extends Enum<E>> E enumParam(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "unknown " + name + " '" + raw + "'; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
