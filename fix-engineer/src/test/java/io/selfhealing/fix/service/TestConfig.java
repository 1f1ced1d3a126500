package io.selfhealing.fix.service;

import io.selfhealing.fix.config.FixEngineerConfig;
import java.util.Optional;

/** Defaults of {@link FixEngineerConfig} for plain tests. */
final class TestConfig implements FixEngineerConfig {

    @Override
    public String targetsFile() {
        return "unused.yaml";
    }

    @Override
    public Fix fix() {
        return new Fix() {
            @Override
            public Optional<String> catalogFile() {
                return Optional.empty();
            }

            @Override
            public int httpTimeoutMs() {
                return 2000;
            }
        };
    }

    @Override
    public Git git() {
        return new Git() {
            @Override
            public String authorName() {
                return "self-healing-platform";
            }

            @Override
            public String authorEmail() {
                return "healing@localhost";
            }

            @Override
            public int historyDepth() {
                return 50;
            }
        };
    }
}
