package io.selfhealing.infra.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line of the local run ({@code bin/run-local}).
 *
 * @param repoRoot    the checkout (the agents' jars are under it)
 * @param dataDir     where broker, database, backups, config checkouts, monitor offsets and logs live; kept
 *                    across runs
 * @param targetsFile the user's targets file, or null: watch the built-in demo target
 * @param fresh       wipe the data directory first
 * @param smoke       inject the demo fault, wait until it is healed, stop (always in a fresh sub-directory)
 */
public record LocalRunOptions(Path repoRoot, Path dataDir, Path targetsFile, boolean fresh, boolean smoke) {

    public static final String USAGE = """
            usage: bin/run-local [--targets FILE] [--data-dir DIR] [--fresh] [--smoke]
              --targets FILE   watch the systems FILE declares (targets YAML); without it: the built-in demo target
              --data-dir DIR   keep broker, database, backups, config checkouts and monitor offsets in DIR
                               (default: $HEALING_WORK_DIR or .local); kept across restarts
              --fresh          wipe the data directory before starting
              --smoke          start, inject the demo fault, wait until it is healed, stop (exit 1 on failure)""";

    /** Thrown for a command line that cannot be run; the message says why. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses {@code args} (relative paths against {@code cwd}); the data directory defaults to
     * {@code HEALING_WORK_DIR} from {@code env}, else {@code .local} under the repo root.
     */
    public static LocalRunOptions parse(Path repoRoot, Path cwd, List<String> args, Map<String, String> env)
            throws UsageException {
        Path dataDir = null;
        Path targets = null;
        boolean fresh = false;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--targets" -> targets = cwd.resolve(value(args, ++i, arg)).normalize();
                case "--data-dir" -> dataDir = cwd.resolve(value(args, ++i, arg)).normalize();
                case "--fresh" -> fresh = true;
                case "--smoke" -> smoke = true;
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (dataDir == null) {
            String fromEnv = env.get("HEALING_WORK_DIR");
            dataDir = repoRoot.resolve(fromEnv == null || fromEnv.isBlank() ? ".local" : fromEnv).normalize();
        }
        if (targets != null && !Files.isRegularFile(targets)) {
            throw new UsageException("targets file not found: " + targets);
        }
        if (targets != null && smoke) {
            throw new UsageException("--smoke heals the built-in demo target: it cannot be combined with --targets");
        }
        return new LocalRunOptions(repoRoot, dataDir, targets, fresh, smoke);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    /** True when the built-in demo target is run (no targets file given). */
    public boolean demo() {
        return targetsFile == null;
    }
}
