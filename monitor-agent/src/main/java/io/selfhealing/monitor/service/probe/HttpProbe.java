package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * GET {@code probe.url} with the target's timeout, asynchronously (no thread waits for the answer).
 * Optional: {@code expectBodyContains} (searched in the first MiB of the answer; the rest is not read);
 * threshold {@code latencyMs} (default: warning above 5000).
 * Over TLS the details carry {@code certificateDaysLeft}.
 */
@Singleton
public class HttpProbe implements Probe {

    static final Threshold LATENCY = Threshold.of(5000, Double.POSITIVE_INFINITY);
    /** How much of the answer is read (and searched for {@code expectBodyContains}): the endpoint is untrusted. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpClient client;

    public HttpProbe(ProbeHttpClient http) {
        this.client = http.client();
    }

    @Override
    public String type() {
        return "http";
    }

    @Override
    public CompletionStage<ProbeResult> check(ProbeContext context) {
        URI uri = URI.create(context.settings().required("url"));
        Duration timeout = context.settings().timeout();
        Optional<String> expected = context.settings().string("expectBodyContains");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        long start = System.nanoTime();
        return client.sendAsync(request, info -> BoundedBody.truncating(MAX_BODY_BYTES))
                .handle((response, error) -> {
                    long latencyMs = (System.nanoTime() - start) / 1_000_000;
                    return error != null ? HttpVerdict.failed(error, latencyMs, timeout.toMillis())
                            : verdict(context, response, latencyMs, expected);
                });
    }

    private static ProbeResult verdict(ProbeContext context, HttpResponse<String> response, long latencyMs,
            Optional<String> expected) {
        Threshold latency = context.settings().threshold("latencyMs", LATENCY);
        HealthStatus latencyLevel = context.level("latencyMs", latencyMs, LATENCY);
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        expected.filter(text -> !response.body().contains(text))
                .ifPresent(text -> problems.add("body does not contain '" + text + "'"));
        certificateDaysLeft(response).ifPresent(days -> details.put("certificateDaysLeft", days));
        return HttpVerdict.answered(response.statusCode(), latencyMs, latencyLevel, (long) latency.warning(),
                details, problems);
    }

    private static Optional<Long> certificateDaysLeft(HttpResponse<?> response) {
        return response.sslSession().flatMap(session -> {
            try {
                var certs = session.getPeerCertificates();
                if (certs.length > 0 && certs[0] instanceof X509Certificate x509) {
                    return Optional.of(Duration.between(Instant.now(), x509.getNotAfter().toInstant()).toDays());
                }
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                return Optional.empty();
            }
            return Optional.empty();
        });
    }
}
