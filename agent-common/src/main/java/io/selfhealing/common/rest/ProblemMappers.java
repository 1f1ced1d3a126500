package io.selfhealing.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.selfhealing.events.MalformedEventException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps errors to RFC 7807 problem JSON for every agent's REST API. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(new Problem("about:blank", e.title(), e.status(), e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response invalid(IllegalArgumentException e) {
        return respond(Problem.of(400, "Bad request", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response malformed(MalformedEventException e) {
        return respond(Problem.of(400, "Malformed event", e.getMessage()));
    }

    /** A request body that is not JSON, or whose property has the wrong type: names the property. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(jsonProblem(e));
    }

    /** Also ahead of quarkus-rest-jackson's built-in mapper of this type (a bare 400). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json));
        }
        int status = e.getResponse().getStatus();
        return respond(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    static Problem jsonProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(ProblemMappers::segment).collect(Collectors.joining("."))
                        .replace(".[", "[")
                : null;
        String detail = (field == null ? "the request body is not valid JSON: " : "property '" + field + "': ")
                + e.getOriginalMessage();
        return new Problem("about:blank", field == null ? "Malformed JSON body" : "Invalid " + field, 400, detail,
                field == null ? "body" : field);
    }

    private static String segment(JsonMappingException.Reference ref) {
        return ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]";
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
