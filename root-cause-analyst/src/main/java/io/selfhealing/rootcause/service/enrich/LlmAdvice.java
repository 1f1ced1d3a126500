package io.selfhealing.rootcause.service.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * A model's answer after validation against {@link LlmPrompt#SCHEMA}: an explanation (cleaned,
 * at most 1000 characters) and, when it names a catalog fix allowed for the issue, that fix.
 * Anything else in the answer (a confidence, a command) is ignored.
 */
public record LlmAdvice(String explanation, String suggestedFix, String rejectedFix) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EXPLANATION = 1000;

    /** Parses and validates; empty when the answer is not a JSON object with a string explanation. */
    public static Optional<LlmAdvice> parse(String answer, String issueType) {
        JsonNode node;
        try {
            node = JSON.readTree(stripFences(answer));
        } catch (Exception e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !node.path("explanation").isTextual()
                || node.path("explanation").asText().isBlank()) {
            return Optional.empty();
        }
        String explanation = LlmPrompt.clean(node.get("explanation").asText(), MAX_EXPLANATION);
        JsonNode fix = node.path("suggestedFix");
        if (!fix.isTextual()) {
            return Optional.of(new LlmAdvice(explanation, null, null));
        }
        String name = fix.asText();
        boolean allowed = FixCatalogNames.allowedFor(issueType).contains(name);
        return Optional.of(new LlmAdvice(explanation, allowed ? name : null,
                allowed ? null : LlmPrompt.clean(name, 60)));
    }

    private static String stripFences(String answer) {
        String s = answer == null ? "" : answer.trim();
        if (s.startsWith("```")) {
            s = s.replaceFirst("^```[a-zA-Z]*", "");
            int end = s.lastIndexOf("```");
            s = end >= 0 ? s.substring(0, end) : s;
        }
        return s.trim();
    }
}
