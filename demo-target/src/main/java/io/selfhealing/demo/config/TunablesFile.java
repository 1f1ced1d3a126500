package io.selfhealing.demo.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The tunables file, checked by content: a changed, valid file replaces the current values; a missing
 * or invalid file keeps the last good values. Thread-safe; not a bean, so plain tests can drive it.
 */
public final class TunablesFile {

    /** What one {@link #check()} found. */
    public enum Outcome { UNCHANGED, RELOADED, FAILED, FAILED_AGAIN }

    private final Path path;
    private final Clock clock;
    private String lastContent;
    private String lastProblem;
    private volatile Tunables current = Tunables.DEFAULTS;
    private volatile Instant lastReload;

    public TunablesFile(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
    }

    /** Reads the file; on FAILED the caller logs {@link #lastProblem()} (FAILED_AGAIN: same problem). */
    public synchronized Outcome check() {
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return fail(null, "file not found: " + path);
        } catch (IOException e) {
            return fail(null, "cannot read " + path + ": " + e);
        }
        if (content.equals(lastContent)) {
            return lastProblem == null ? Outcome.UNCHANGED : Outcome.FAILED_AGAIN;
        }
        try {
            current = TunablesParser.parse(content);
        } catch (IllegalArgumentException e) {
            return fail(content, e.getMessage() + " in " + path);
        }
        lastContent = content;
        lastProblem = null;
        lastReload = clock.instant();
        return Outcome.RELOADED;
    }

    private Outcome fail(String content, String problem) {
        lastContent = content;
        boolean same = Objects.equals(problem, lastProblem);
        lastProblem = problem;
        return same ? Outcome.FAILED_AGAIN : Outcome.FAILED;
    }

    public Tunables current() {
        return current;
    }

    public Path path() {
        return path;
    }

    /** When valid values were last taken from the file; null if never. */
    public Instant lastReload() {
        return lastReload;
    }

    /** The problem of the last check, or null when the file was fine. */
    public synchronized String lastProblem() {
        return lastProblem;
    }
}
