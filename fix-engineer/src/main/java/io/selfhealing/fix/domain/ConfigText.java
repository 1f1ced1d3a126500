package io.selfhealing.fix.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A config file as its exact bytes: reads one key's value and replaces only that value, keeping
 * every other byte. Properties, YAML and .env files.
 */
public interface ConfigText {

    Optional<String> value(String key);

    /** A copy with the value of {@code key} replaced; fails if the key is not defined or the value is not plain. */
    ConfigText withValue(String key, String newValue);

    byte[] bytes();

    /** The format of {@code fileName}: {@code .yaml}/{@code .yml}, {@code .env} (or {@code *.env}), else properties. */
    static Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        return name.endsWith(".env") || name.equals(".env") ? Format.ENV : Format.PROPERTIES;
    }

    static ConfigText of(String fileName, byte[] bytes) {
        return switch (formatOf(fileName)) {
            case YAML -> YamlText.of(bytes);
            case ENV -> EnvText.of(bytes);
            case PROPERTIES -> PropertiesText.of(bytes);
        };
    }

    /** The name of {@code parameter} in a file of {@code fileName}'s format. */
    static String keyIn(String fileName, Parameter parameter) {
        return formatOf(fileName) == Format.ENV ? parameter.envKeyOrDefault() : parameter.key();
    }

    enum Format {
        PROPERTIES, YAML, ENV
    }
}
