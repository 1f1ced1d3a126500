package io.selfhealing.events;

import java.util.List;

/**
 * The names services agree on: error categories (error-detector), issue types (root-cause-analyst)
 * and fix types (fix-engineer's catalog). Events carry them as strings so that a new name is an
 * additive change; these constants are the known ones.
 */
public final class Vocabulary {

    /** Error categories of healing.errors. */
    public static final class Category {
        public static final String RATE_LIMIT = "rate_limit";
        public static final String API_ERROR = "api_error";
        public static final String EXCEPTION = "exception";
        public static final String DATABASE = "database_error";
        public static final String TIMEOUT = "timeout";
        public static final String CONNECTION = "connection";
        public static final String DNS = "dns";
        public static final String MEMORY = "memory";
        public static final String DISK_FULL = "disk_full";
        public static final String TLS = "tls";
        public static final String AUTH = "auth";
        public static final String CONFIG = "config";
        public static final String DEADLOCK = "deadlock";
        public static final String KAFKA = "kafka";
        public static final String REDIS = "redis";
        public static final String LLM_API = "llm_api";
        /** A process or pod restarting over and over (CrashLoopBackOff, systemd restart counter...). */
        public static final String CRASH_LOOP = "crash_loop";
        /** An ERROR line with no more specific category. */
        public static final String ERROR = "error";

        private Category() {
        }
    }

    /** Issue types of healing.diagnoses. */
    public static final class Issue {
        public static final String RATE_LIMITING = "rate_limiting";
        public static final String DB_POOL_EXHAUSTED = "db_pool_exhausted";
        public static final String DEPENDENCY_DOWN = "dependency_down";
        public static final String API_TIMEOUT = "api_timeout";
        public static final String OVERLOAD = "overload";
        public static final String CONFIGURATION_ERROR = "configuration_error";

        public static final List<String> ALL = List.of(RATE_LIMITING, DB_POOL_EXHAUSTED, DEPENDENCY_DOWN,
                API_TIMEOUT, OVERLOAD, CONFIGURATION_ERROR);

        /**
         * Not a root cause: the analyst saw trouble it cannot attribute, or two causes compete (the
         * diagnosis lists them as candidates). Never answered by a fix (so not in {@link #ALL}): a
         * person decides.
         */
        public static final String UNKNOWN = "unknown";

        private Issue() {
        }
    }

    /** Fix types of the fix catalog. */
    public static final class Fix {
        public static final String INCREASE_DELAY = "increase_delay";
        public static final String REDUCE_BATCH_SIZE = "reduce_batch_size";
        public static final String RAISE_TIMEOUT = "raise_timeout";
        public static final String RAISE_POOL_SIZE = "raise_pool_size";
        public static final String RESTART = "restart";
        public static final String SCALE_OUT = "scale_out";
        public static final String REVERT_CONFIG_COMMIT = "revert_config_commit";

        private Fix() {
        }
    }

    private Vocabulary() {
    }
}
