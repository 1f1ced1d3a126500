package io.selfhealing.fix.domain;

import java.util.Locale;

/**
 * The one value a numeric fix type changes, with its hard bounds.
 *
 * @param key    name in properties / YAML files, ConfigMaps and admin calls ({@code replicas} for scaling)
 * @param envKey name in .env files; default: key in capitals with every other character as {@code _}
 * @param min    lowest value ever planned or applied
 * @param max    highest value ever planned or applied
 */
public record Parameter(String key, String envKey, Long min, Long max) {

    public String envKeyOrDefault() {
        return envKey != null ? envKey : key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** True if {@code name} is this parameter under any of its names. */
    public boolean named(String name) {
        return key.equals(name) || envKeyOrDefault().equals(name);
    }

    String problem() {
        if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            return "parameter.key must be letters, digits, '.', '_' or '-', was " + key;
        }
        if (envKey != null && !envKey.matches("[A-Z_][A-Z0-9_]{0,127}")) {
            return "parameter.envKey must be an environment variable name, was " + envKey;
        }
        if (min == null || max == null || min < 0 || min > max) {
            return "parameter needs 0 <= min <= max, was " + min + ".." + max;
        }
        return null;
    }
}
