package io.selfhealing.detector.service;

import io.selfhealing.detector.domain.CategoryRule;
import io.selfhealing.events.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads category rules: one per line, tab-separated {@code category severity scope keywords
 * [confirm-regex]}; keywords separated by {@code |}, {@code *} for none. Earlier lines win.
 */
public final class CategoryRules {

    /** The built-in rules (a resource of this module). */
    public static final String DEFAULT_RESOURCE = "/detector-categories.tsv";

    private CategoryRules() {
    }

    public static List<CategoryRule> defaults() {
        try (InputStream in = CategoryRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CategoryRule> load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read categories file " + file, e);
        }
    }

    public static List<CategoryRule> parse(String text, String origin) {
        List<CategoryRule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(parseLine(rules.size(), line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    private static CategoryRule parseLine(int order, String line) {
        String[] f = line.split("\t+");
        if (f.length < 4 || f.length > 5) {
            throw new IllegalArgumentException("expected 4 or 5 tab-separated fields: category, severity, "
                    + "scope (any|warn|error), keywords, optional confirm regex");
        }
        Severity severity = Severity.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
        CategoryRule.Scope scope = CategoryRule.Scope.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
        List<String> keywords = f[3].trim().equals("*") ? List.of()
                : Arrays.stream(f[3].split("\\|")).map(k -> k.trim().toLowerCase(Locale.ROOT))
                        .filter(k -> !k.isEmpty()).toList();
        Pattern confirm = null;
        if (f.length == 5 && !f[4].isBlank()) {
            try {
                confirm = Pattern.compile(f[4].trim());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid confirm regex: " + e.getDescription(), e);
            }
        }
        return new CategoryRule(order, f[0].trim(), severity, scope, keywords, confirm);
    }
}
