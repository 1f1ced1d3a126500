package io.selfhealing.fix.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.selfhealing.events.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the fix catalog YAML (format: {@code fix-catalog.yaml} in the resources). A
 * bad catalog fails the start with a message naming the entry and the field.
 */
public final class CatalogFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final List<String> REVERTS = List.of("restore-backup", "none");

    private CatalogFile() {
    }

    /** The catalog in {@code yaml}; {@code source} names it in error messages. */
    public static FixCatalog parse(String yaml, String source) {
        Document doc;
        try {
            doc = YAML.readValue(yaml, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fix catalog " + source + " is not valid: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (doc == null || doc.fixTypes() == null || doc.fixTypes().isEmpty()) {
            throw new IllegalArgumentException("fix catalog " + source + " declares no fixTypes");
        }
        Map<String, String> escalate = doc.escalate() == null ? Map.of() : doc.escalate();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < doc.fixTypes().size(); i++) {
            FixSpec spec = doc.fixTypes().get(i);
            String where = "fix catalog " + source + ": fixTypes[" + i + "]"
                    + (spec == null || spec.name() == null ? "" : " (" + spec.name() + ")");
            String problem = spec == null ? "is empty" : problem(spec, escalate);
            if (problem == null && !names.add(spec.name())) {
                problem = "duplicate name " + spec.name();
            }
            if (problem != null) {
                throw new IllegalArgumentException(where + ": " + problem);
            }
        }
        escalate.forEach((issue, reason) -> {
            if (!Vocabulary.Issue.ALL.contains(issue) || reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("fix catalog " + source + ": escalate." + issue
                        + " must be a known issue type " + Vocabulary.Issue.ALL + " with a reason");
            }
        });
        return new FixCatalog(doc.fixTypes(), escalate);
    }

    private static String problem(FixSpec s, Map<String, String> escalate) {
        if (s.name() == null || !s.name().matches("[a-z][a-z0-9_]{0,63}")) {
            return "name must be lower-case letters, digits and '_', was " + s.name();
        }
        if (s.answers().isEmpty()) {
            return "answers must name at least one issue type";
        }
        for (String issue : s.answers()) {
            if (!Vocabulary.Issue.ALL.contains(issue)) {
                return "answers names unknown issue type " + issue + "; known: " + Vocabulary.Issue.ALL;
            }
            if (escalate.containsKey(issue)) {
                return "answers " + issue + ", which the catalog escalates without a fix";
            }
        }
        if (s.risk() == null) {
            return "risk is required (LOW, MEDIUM or HIGH)";
        }
        if (s.revert() == null || !REVERTS.contains(s.revert())) {
            return "revert must be one of " + REVERTS + ", was " + s.revert();
        }
        if (s.description() == null || s.description().isBlank()) {
            return "description is required";
        }
        return actuatorProblem(s);
    }

    private static String actuatorProblem(FixSpec s) {
        if (s.actuators().isEmpty()) {
            return "actuators must name at least one of " + FixSpec.ACTUATORS;
        }
        for (String a : s.actuators()) {
            if (!FixSpec.ACTUATORS.contains(a)) {
                return "unknown actuator " + a + "; known: " + FixSpec.ACTUATORS;
            }
        }
        boolean valueless = s.actuators().stream().anyMatch(FixSpec.VALUELESS::contains);
        if (valueless) {
            return s.actuators().size() > 1 ? "actuators " + FixSpec.VALUELESS + " cannot be combined with others"
                    : s.parameter() != null || s.step() != null ? s.actuators().get(0) + " takes no parameter or step"
                    : null;
        }
        if (s.parameter() == null || s.step() == null) {
            return "parameter and step are required for actuators " + s.actuators();
        }
        if (s.actuators().contains(FixSpec.K8S_SCALE)
                && (s.actuators().size() > 1 || !"replicas".equals(s.parameter().key()))) {
            return "k8s-scale stands alone and its parameter key is replicas";
        }
        String p = s.parameter().problem();
        return p != null ? p : s.step().problem();
    }

    private record Document(Map<String, String> escalate, List<FixSpec> fixTypes) {
    }
}
