package io.selfhealing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects: label matchers, grouping clauses, durations,
 * strings and numbers removed, then every identifier that is not a function call or keyword.
 * Reads them from the alert rules and the Grafana dashboard.
 */
final class PromQlNames {

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern IDENT = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQlNames() {
    }

    static Set<String> of(String expr) {
        String s = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", " ")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENT.matcher(s);
        while (m.find()) {
            String id = m.group();
            int after = m.end();
            while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
                after++;
            }
            boolean call = after < s.length() && s.charAt(after) == '(';
            boolean number = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
            if (!call && !number && !KEYWORDS.contains(id.toLowerCase(java.util.Locale.ROOT))) {
                names.add(id);
            }
        }
        return names;
    }

    /** Metric names of every alert rule's expr and every dashboard query. */
    static Set<String> ofDeployFiles(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("deploy/prometheus/alerts.yml").toFile());
        rules.path("groups").forEach(g -> g.path("rules").forEach(r -> names.addAll(of(r.path("expr").asText()))));
        JsonNode dashboard = new ObjectMapper().readTree(root.resolve("deploy/grafana/dashboards/self-healing.json").toFile());
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> names.addAll(of(t.path("expr").asText()))));
        return names;
    }
}
