package io.selfhealing.demo.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** RFC 7807 problem details (demo-target does not use agent-common, which brings Kafka along). */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rendered to text here, so no JSON writer negotiation can replace the problem media type. */
    static Response response(int status, String title, String detail) {
        try {
            String body = JSON.writeValueAsString(new Problem("about:blank", title, status, detail));
            return Response.status(status).type(MEDIA_TYPE).entity(body).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render problem JSON", e);
        }
    }
}
