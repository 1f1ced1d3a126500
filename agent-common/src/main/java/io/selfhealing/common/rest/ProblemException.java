package io.selfhealing.common.rest;

/** An error a REST caller can act on, rendered as RFC 7807 problem JSON. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String field;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, what + " not found", "no " + what + " with id '" + id + "'");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    /** A 400 naming the request field (query/path parameter or JSON property) that is wrong. */
    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(400, "Invalid " + field, detail, field);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
