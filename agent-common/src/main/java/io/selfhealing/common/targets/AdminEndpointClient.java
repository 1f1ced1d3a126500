package io.selfhealing.common.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.selfhealing.events.ResourceRef;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads and writes one value through a target's declared admin endpoint ({@link TargetSpec.AdminEndpoint}),
 * the way fix-engineer sets it and backup-manager snapshots and restores it. Only the endpoint's own
 * URL is called; redirects are not followed. {@code GET url} answers a JSON object of the current
 * values; {@code POST} (or PUT) {@code url} with the body template sets one, {@code ${key}} and
 * {@code ${value}} replaced by the JSON-escaped key and value. Blocking.
 */
public final class AdminEndpointClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;

    public AdminEndpointClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The {@code http-admin} resource of {@code key} on the endpoint (location = its URL, path = the key). */
    public static ResourceRef resource(TargetSpec.AdminEndpoint endpoint, String key) {
        return new ResourceRef(ResourceRef.HTTP_ADMIN, endpoint.url(), key);
    }

    /**
     * The value of {@code key} as the endpoint reports it; empty if it reports none (missing, null,
     * or an object/array). {@link Refused} if it does not answer 200 with a JSON object.
     */
    public Optional<String> current(TargetSpec.AdminEndpoint endpoint, String key) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(timeout).header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new Refused("GET " + endpoint.url() + " answered " + response.statusCode());
        }
        try {
            JsonNode value = JSON.readTree(response.body()).get(key);
            return value == null || value.isNull() || value.isContainerNode() ? Optional.empty()
                    : Optional.of(value.asText());
        } catch (IOException | RuntimeException e) {
            throw new Refused("GET " + endpoint.url() + " did not answer a JSON object: " + e.getMessage());
        }
    }

    /** Sets {@code key} to {@code value} with the endpoint's method and body template; {@link Refused} unless 2xx. */
    public void set(TargetSpec.AdminEndpoint endpoint, String key, String value) {
        String body = endpoint.bodyOrDefault().replace("${key}", jsonEscape(key)).replace("${value}", jsonEscape(value));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .method(endpoint.methodOrDefault(), HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new Refused(endpoint.methodOrDefault() + " " + endpoint.url() + " answered " + response.statusCode());
        }
    }

    /** {@code s} as the inside of a JSON string literal. */
    public static String jsonEscape(String s) {
        String quoted = JSON.getNodeFactory().textNode(s).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    /** The endpoint answered, but not as an admin endpoint must (status, body): a permanent refusal. */
    public static final class Refused extends RuntimeException {

        public Refused(String reason) {
            super(reason);
        }
    }
}
