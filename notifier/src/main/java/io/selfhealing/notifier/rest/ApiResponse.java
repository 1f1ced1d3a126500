package io.selfhealing.notifier.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The platform's envelope: {@code {"status":"success","data":...}} or with a message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(String status, T data, String message) {

    public static <T> ApiResponse<T> success(T data) {
        return new ApiResponse<>("success", data, null);
    }

    public static <T> ApiResponse<T> success(T data, String message) {
        return new ApiResponse<>("success", data, message);
    }
}
