package io.selfhealing.demo.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Invalid requests become 400 problem JSON with a message a person can act on. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(IllegalArgumentException e) {
        return Problem.response(400, "Bad Request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.response(400, "Bad Request", "unreadable JSON body: " + e.getOriginalMessage());
    }

    /** More specific than the above, so it wins over the built-in mapper of the same type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return Problem.response(400, "Bad Request", "unreadable JSON body: " + e.getOriginalMessage());
    }

    /** Other HTTP errors, e.g. a body that is not JSON at all (the JSON reader throws a bare 400). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = e.getCause() instanceof JsonProcessingException json
                ? "unreadable JSON body: " + json.getOriginalMessage()
                : e.getMessage();
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail);
    }
}
