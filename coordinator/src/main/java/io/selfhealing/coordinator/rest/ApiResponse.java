package io.selfhealing.coordinator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The seed API's envelope: {@code {"status":"success","data":...}} or with a message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(String status, T data, String message) {

    public static <T> ApiResponse<T> success(T data) {
        return new ApiResponse<>("success", data, null);
    }

    public static ApiResponse<Void> message(String message) {
        return new ApiResponse<>("success", null, message);
    }
}
