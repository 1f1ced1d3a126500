package io.selfhealing.fix.service;

import io.selfhealing.common.targets.AdminEndpointClient;
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
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code http-admin}: the target's declared admin URL (its allow-list: no other URL is ever called,
 * redirects are not followed), read and written through agent-common's {@link AdminEndpointClient}
 * (GET answers a JSON object of the current values; POST/PUT with the target's body template sets one).
 */
@ApplicationScoped
public class HttpAdminActuator implements Actuator {

    private final AdminEndpointClient admin;

    public HttpAdminActuator(FixEngineerConfig config) {
        this.admin = new AdminEndpointClient(Duration.ofMillis(config.fix().httpTimeoutMs()));
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
        ResourceRef ref = AdminEndpointClient.resource(target.admin(), key);
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
                .map(a -> AdminEndpointClient.resource(a, spec.parameter().key()));
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
        refusing(() -> {
            admin.set(target.admin(), key, wanted);
            return null;
        });
        return Results.done(command, "http:" + url, "set " + key + " " + expected + " -> " + wanted + " via " + url);
    }

    private Optional<String> current(TargetSpec target, String key) {
        return refusing(() -> admin.current(target.admin(), key));
    }

    private static <T> T refusing(Supplier<T> call) {
        try {
            return call.get();
        } catch (AdminEndpointClient.Refused e) {
            throw new FixRefused(e.getMessage());
        }
    }
}
