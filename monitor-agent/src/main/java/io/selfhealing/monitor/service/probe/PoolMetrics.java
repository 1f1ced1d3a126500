package io.selfhealing.monitor.service.probe;

import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.service.pool.PoolFamily;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * For a target of any type with {@code probe.metricsUrl}: GET that page (Prometheus text or
 * OpenMetrics) alongside the target's own probe, with the probes' HTTP client and the target's
 * timeout, at most {@link #MAX_BYTES} of it, and add its connection pools' {@code pool} check
 * ({@link PoolVerdict}) to the probe's result. The page never fails a run: one that cannot be had is
 * an UNKNOWN {@code pool} check with the reason, which leaves the target's status alone.
 */
@Singleton
public class PoolMetrics {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final String ACCEPT = "text/plain;version=0.0.4;q=1.0,"
            + "application/openmetrics-text;version=1.0.0;q=0.5,*/*;q=0.1";

    private final HttpClient client;

    public PoolMetrics(ProbeHttpClient http) {
        this.client = http.client();
    }

    /** The probe's result, with the pool check when the target has a {@code metricsUrl} (fetched at once). */
    public CompletableFuture<ProbeResult> alongside(ProbeContext context, CompletableFuture<ProbeResult> probe) {
        return context.settings().string("metricsUrl").filter(url -> !url.isBlank())
                .map(url -> probe.thenCombine(fetch(context, url), ProbeResult::plus)).orElse(probe);
    }

    private CompletableFuture<ProbeResult> fetch(ProbeContext context, String url) {
        Duration timeout = context.settings().timeout();
        try {
            List<PoolFamily> families = PoolFamily.forTarget(context.settings());
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", ACCEPT)
                    .GET().build();
            return client.sendAsync(request, info -> new BoundedBody(MAX_BYTES))
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((response, error) -> {
                        if (error != null) {
                            return PoolVerdict.unknown("metrics " + url + ": " + describe(error, timeout));
                        }
                        return response.statusCode() / 100 != 2
                                ? PoolVerdict.unknown("metrics " + url + ": HTTP " + response.statusCode())
                                : PoolVerdict.of(context, response.body(), families);
                    });
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(PoolVerdict.unknown(e.getMessage()));
        }
    }

    private static String describe(Throwable error, Duration timeout) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return HttpVerdict.describe(cause, timeout.toMillis());
    }
}
