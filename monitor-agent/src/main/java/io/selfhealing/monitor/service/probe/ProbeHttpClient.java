package io.selfhealing.monitor.service.probe;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one JDK HTTP client of the probes (http checks, metrics pages): asynchronous, so no thread
 * waits for an answer; two threads of its own run the callbacks.
 */
@Singleton
public class ProbeHttpClient {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread t = new Thread(runnable, "http-probe");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .executor(executor)
            .build();

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    public void close() {
        executor.shutdownNow();
    }
}
