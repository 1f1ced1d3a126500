package io.selfhealing.infra.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One platform service running as its own JVM (its Quarkus fast-jar), output to a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final ProcessBuilder builder;
    private final Process process;
    private long peakRssKb;

    private ServiceProcess(String name, int port, Path log, ProcessBuilder builder) throws IOException {
        this.name = name;
        this.port = port;
        this.log = log;
        this.builder = builder;
        this.process = builder.start();
    }

    /**
     * Starts {@code java <jvmArgs> -D<props> -jar <jar>} with extra environment variables.
     */
    public static ServiceProcess start(String name, Path jar, int port, List<String> jvmArgs, Map<String, String> props,
            Map<String, String> env, Path logDir) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build first (mvn -DskipTests package)");
        }
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = logDir.resolve(name + ".log");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ServiceProcess(name, port, log, builder);
    }

    /** Stops this process and starts the same command again (same port, appending to the same log). */
    public ServiceProcess restarted() throws IOException {
        close();
        return new ServiceProcess(name, port, log, builder);
    }

    /**
     * {@code kill -9}: SIGKILL to the process, which gets no chance to clean up (no shutdown hook, no
     * consumer-group leave, no offset commit, no transaction end); returns once it is gone.
     */
    public void kill() throws InterruptedException {
        ProcessHandle.of(pid()).ifPresent(ProcessHandle::destroyForcibly);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + pid() + ") still alive 30 s after SIGKILL");
        }
    }

    /** Starts the same command again after this process ended (same port and config, same log). */
    public ServiceProcess startedAgain() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + pid() + ")");
        }
        return new ServiceProcess(name, port, log, builder);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until /q/health/ready answers 200, failing fast if the process died. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            sampleRss();
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Peak resident set size (VmHWM) seen so far, in KiB; Linux only, 0 elsewhere. */
    public long sampleRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or no /proc: keep the last sample
        }
        return peakRssKb;
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        terminate();
        awaitExitOrKill(System.nanoTime() + TimeUnit.SECONDS.toNanos(15));
    }

    /** Asks the process to stop (SIGTERM), without waiting. */
    public void terminate() {
        sampleRss();
        process.destroy();
    }

    /** Waits for the process to exit until {@code deadlineNanos} ({@link System#nanoTime()}), then kills it. */
    public void awaitExitOrKill(long deadlineNanos) {
        try {
            if (!process.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
