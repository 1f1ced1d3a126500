package io.selfhealing.fix.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandIssued;
import io.selfhealing.events.FixExecuted;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import io.selfhealing.fix.domain.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code http-admin}: the target's declared admin URL (its allow-list: no other URL is ever called,
 * redirects are not followed). {@code GET url} answers a JSON object of the current values;
 * {@code POST} (or PUT) {@code url} with the target's body template sets one, with {@code ${key}}
 * and {@code ${value}} replaced by the JSON-escaped catalog key and checked value.
 */
@ApplicationScoped
public class HttpAdminActuator implements Actuator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;

    public HttpAdminActuator(FixEngineerConfig config) {
        this.timeout = Duration.ofMillis(config.fix().httpTimeoutMs());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return FixSpec.HTTP_ADMIN;
    }

    @Override
    public Optional<Reading> read(TargetSpec target, FixSpec spec) {
        if (target.admin() == null) {
            return Optional.empty();
        }
        String key = spec.parameter().key();
        ResourceRef ref = new ResourceRef(ResourceRef.HTTP_ADMIN, target.admin().url(), key);
        return Optional.of(Reading.of(ref, key, current(target, key)
                .orElseThrow(() -> new FixRefused(ref.describe() + " does not report " + key))));
    }

    @Override
    public FixExecuted apply(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = declaredChange(command, target, spec);
        return set(command, target, change.key(), change.fromValue(), change.toValue());
    }

    @Override
    public FixExecuted revert(CommandIssued command, TargetSpec target, FixSpec spec) {
        ParameterChange change = declaredChange(command, target, spec);
        return set(command, target, change.key(), change.toValue(), change.fromValue());
    }

    private ParameterChange declaredChange(CommandIssued command, TargetSpec target, FixSpec spec) {
        Optional<ResourceRef> declared = Optional.ofNullable(target.admin())
                .map(a -> new ResourceRef(ResourceRef.HTTP_ADMIN, a.url(), spec.parameter().key()));
        return DeclaredResources.onlyChange(command, declared, "admin endpoint");
    }

    private FixExecuted set(CommandIssued command, TargetSpec target, String key, String expected, String wanted) {
        String current = current(target, key).orElse(null);
        String url = target.admin().url();
        if (wanted.equals(current)) {
            return Results.done(command, "http:" + url, key + " is already " + wanted + "; nothing to change");
        }
        if (!expected.equals(current)) {
            throw new FixRefused(key + " is " + current + ", not " + expected + " as planned; the target changed");
        }
        String body = target.admin().bodyOrDefault().replace("${key}", jsonEscape(key))
                .replace("${value}", jsonEscape(wanted));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .method(target.admin().methodOrDefault(), HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new FixRefused(target.admin().methodOrDefault() + " " + url + " answered " + response.statusCode());
        }
        return Results.done(command, "http:" + url, "set " + key + " " + expected + " -> " + wanted + " via " + url);
    }

    /** The value of {@code key} as the admin endpoint reports it (GET, a JSON object). */
    private Optional<String> current(TargetSpec target, String key) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(target.admin().url()))
                .timeout(timeout).header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new FixRefused("GET " + target.admin().url() + " answered " + response.statusCode());
        }
        try {
            JsonNode value = JSON.readTree(response.body()).get(key);
            return value == null || value.isNull() || value.isContainerNode() ? Optional.empty()
                    : Optional.of(value.asText());
        } catch (IOException e) {
            throw new FixRefused("GET " + target.admin().url() + " did not answer a JSON object: " + e.getMessage());
        }
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

    static String jsonEscape(String s) {
        String quoted = JSON.getNodeFactory().textNode(s).toString();
        return quoted.substring(1, quoted.length() - 1);
    }
}
