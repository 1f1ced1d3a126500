package io.selfhealing.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 7807 problem details; {@code field} (an extension member, omitted when null) names the
 * request field — query parameter, path parameter or JSON property — that was wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
