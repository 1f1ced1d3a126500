package io.selfhealing.demo.worker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.selfhealing.demo.config.DemoConfig;
import io.selfhealing.demo.config.Tunables;
import io.selfhealing.demo.config.TunablesWatcher;
import io.selfhealing.demo.stats.CallStats;
import io.selfhealing.demo.stats.Outcome;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * The app's one background thread: fetch a batch from the upstream, log, sleep
 * {@code upstream.delay.ms} (read fresh every round), again. Started once the HTTP server listens.
 */
@Singleton
public class UpstreamWorker {

    private static final Logger LOG = Logger.getLogger(UpstreamWorker.class);

    private final TunablesWatcher tunables;
    private final CallStats stats;
    private final DemoConfig config;
    private final UpstreamClient client = new UpstreamClient();
    private volatile boolean running;
    private Thread thread;

    public UpstreamWorker(TunablesWatcher tunables, CallStats stats, DemoConfig config) {
        this.tunables = tunables;
        this.stats = stats;
        this.config = config;
    }

    /** Quarkus fires this event asynchronously once the HTTP server listens. */
    synchronized void start(@ObservesAsync HttpServerStart event) {
        if (thread != null) {
            return;
        }
        String base = config.upstreamBaseUrl().orElse("http://localhost:" + ServerPort.actual(event));
        running = true;
        thread = new Thread(() -> loop(base), "upstream-worker");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Upstream worker started against %s", base);
    }

    synchronized void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
            LOG.info("Upstream worker stopped");
        }
    }

    private void loop(String base) {
        while (running) {
            Tunables t = tunables.current();
            URI uri = URI.create(base + "/upstream/items?count=" + t.batchSize());
            try {
                report(client.fetch(uri, t.requestTimeoutMs()), uri, t);
                Thread.sleep(tunables.current().upstreamDelayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Upstream worker round failed: GET %s", uri);
            }
        }
    }

    private void report(CallResult result, URI uri, Tunables t) {
        if (result instanceof CallResult.Ok ok) {
            stats.record(Outcome.OK);
            LOG.infof("Processed batch of %d items in %d ms", ok.items(), ok.millis());
        } else if (result instanceof CallResult.HttpError err) {
            stats.record(err.status() == 429 ? Outcome.RATE_LIMITED : Outcome.ERROR);
            LOG.errorf("Upstream call failed: HTTP %d %s from GET %s%s", err.status(), reason(err.status()),
                    uri, err.retryAfter() == null ? "" : " (retry after " + err.retryAfter() + "s)");
        } else if (result instanceof CallResult.TimedOut) {
            stats.record(Outcome.ERROR);
            LOG.errorf("Upstream call timed out after %d ms: GET %s", t.requestTimeoutMs(), uri);
        } else if (result instanceof CallResult.Failed failed) {
            stats.record(Outcome.ERROR);
            LOG.errorf("Upstream call failed: %s from GET %s", failed.cause(), uri);
        }
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "" : known.getReasonPhrase();
    }
}
