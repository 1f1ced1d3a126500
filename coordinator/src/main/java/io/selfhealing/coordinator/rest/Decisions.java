package io.selfhealing.coordinator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.selfhealing.common.rest.ProblemException;
import io.selfhealing.coordinator.domain.HumanDecision;
import io.selfhealing.events.EventCodec;
import java.io.IOException;

/**
 * Builds the audited {@link HumanDecision} of a request: the authenticated principal and the
 * reason, given as {@code ?reason=} or as a JSON body {@code {"reason": "..."}} (either may be absent).
 */
public final class Decisions {

    static final int LONGEST_REASON = 2000;

    private Decisions() {
    }

    public static HumanDecision of(SecurityIdentity identity, String queryReason, String body) {
        String reason = queryReason != null && !queryReason.isBlank() ? queryReason : reasonFromBody(body);
        if (reason != null && reason.length() > LONGEST_REASON) {
            throw ProblemException.invalid("reason", "reason is at most " + LONGEST_REASON + " characters");
        }
        return new HumanDecision(identity.getPrincipal().getName(), reason);
    }

    static String reasonFromBody(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json;
        try {
            json = EventCodec.mapper().readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "the request body is not valid JSON: " + e.getMessage());
        }
        JsonNode reason = json == null ? null : json.get("reason");
        if (json == null || !json.isObject() || (reason != null && !reason.isNull() && !reason.isTextual())) {
            throw ProblemException.invalid("reason", "the body must be {\"reason\": \"<text>\"}");
        }
        return reason == null || reason.isNull() ? null : reason.asText();
    }
}
