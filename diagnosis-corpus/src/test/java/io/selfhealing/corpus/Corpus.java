package io.selfhealing.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled corpus ({@code diagnosis-corpus.yaml}): named health contexts (declared
 * dependencies with their probes and health, the target's own health, the age of the last config
 * commit) and situations (raw log lines as the libraries print them, how often they repeat) with
 * the expected verdict per context. Each (situation, context) pair is one case.
 */
public record Corpus(Map<String, Context> contexts, List<Situation> situations) {

    public static final String RESOURCE = "/diagnosis-corpus.yaml";

    /** One check of a health report. */
    public record Check(String name, String status, Long latencyMs, Map<String, Object> details) {
    }

    /** A declared dependency: probe settings and its health (null status: it never reported). */
    public record Dep(String id, String type, String url, String host, Integer port, String status, Long latencyMs,
            String error, List<Check> checks) {
    }

    /** The target's own health report. */
    public record Own(String status, String type, List<String> reasons, List<Check> checks) {
    }

    /** @param commitAgoSeconds age of the last config commit at the first line; null: no config repository */
    public record Context(List<Dep> deps, Own own, Long commitAgoSeconds) {

        public List<Dep> depsOrEmpty() {
            return deps == null ? List.of() : deps;
        }
    }

    /**
     * @param variants context name → expected verdict (an issue type, {@code unknown}, or {@code none})
     * @param heldOut  written last, before any result was looked at
     */
    public record Situation(String id, String source, int repeat, String lines, Map<String, String> variants,
            boolean heldOut) {
    }

    /** One case: a situation in one context. */
    public record Case(String id, String source, Situation situation, String contextName, Context context,
            String label) {
    }

    public static Corpus load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return yaml.readValue(in, Corpus.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Situation s : situations) {
            for (Map.Entry<String, String> v : new LinkedHashMap<>(s.variants()).entrySet()) {
                Context c = contexts.get(v.getKey());
                if (c == null) {
                    throw new IllegalArgumentException(s.id() + ": unknown context " + v.getKey());
                }
                cases.add(new Case(s.id() + "@" + v.getKey(), s.source(), s, v.getKey(), c, v.getValue()));
            }
        }
        return cases;
    }
}
