package io.selfhealing.infra.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the agents (the pipeline's seven and the notifier) and the demo targets as JVMs against a running Kafka
 * broker and PostgreSQL server, with a generated targets file and one git config repository per
 * demo target (plus any targets the options append, and less any agents they skip). Used by the
 * local run and by the end-to-end tests.
 */
public final class PlatformLauncher implements AutoCloseable {

    /** Agents in start order, with the database each one keeps its state in (null: stateless). */
    static final List<String[]> AGENTS = List.of(
            new String[] {"learning-engine", "learning"},
            new String[] {"coordinator", "coordinator"},
            new String[] {"notifier", "notifier"},
            new String[] {"backup-manager", "backups"},
            new String[] {"fix-engineer", null},
            new String[] {"root-cause-analyst", null},
            new String[] {"error-detector", null},
            new String[] {"monitor-agent", null});

    /** The agents' names, in start order. */
    public static List<String> agentNames() {
        return AGENTS.stream().map(agent -> agent[0]).toList();
    }

    /** The databases the stateful agents keep their state in; create them before {@link #start()}. */
    public static List<String> databases() {
        return AGENTS.stream().map(agent -> agent[1]).filter(java.util.Objects::nonNull).toList();
    }

    private final LaunchOptions options;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, DemoTarget> demos = new LinkedHashMap<>();
    /** The targets file every agent reads, and where backup-manager may back up; set by {@link #start()}. */
    private Path targetsFile;
    private String backupRoots;

    public PlatformLauncher(LaunchOptions options) {
        this.options = options;
    }

    /** A demo target of this launch: where its config repo, log and HTTP API are. */
    public record DemoTarget(String id, Path repository, Path configFile, Path logFile, ServiceProcess process) {
        public String url() {
            return process.url();
        }
    }

    public PlatformLauncher start() throws IOException, InterruptedException {
        Path work = options.workDir();
        Files.createDirectories(work);
        Path logs = work.resolve("logs");
        List<String> demoIds = options.demoTargets();
        for (int i = 0; i < demoIds.size(); i++) {
            startDemo(demoIds.get(i), options.port("demo-target", i), logs);
        }
        targetsFile = options.targetsFile() != null ? options.targetsFile()
                : writeTargetsFile(work.resolve("targets.yaml"));
        backupRoots = backupRoots();
        for (int i = 0; i < AGENTS.size(); i++) {
            String name = AGENTS.get(i)[0];
            if (options.skippedAgents().contains(name)) {
                continue;
            }
            services.put(name, startAgent(name, name, AGENTS.get(i)[1], options.port(name, 0), logs));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(options.readyTimeout());
        }
        for (DemoTarget demo : demos.values()) {
            demo.process().awaitReady(options.readyTimeout());
        }
        return this;
    }

    /** Stops an agent and starts it again, waiting until it is ready (restart-survival tests). */
    public ServiceProcess restart(String name) throws IOException, InterruptedException {
        return ready(name, service(name).restarted());
    }

    /**
     * {@code kill -9} of a running service (an agent or an extra instance such as {@code "fix-engineer#2"}),
     * then the same command again on the same port with the same config, waiting until it is ready.
     */
    public ServiceProcess killAndRestart(String name) throws IOException, InterruptedException {
        kill(name);
        return startAgain(name);
    }

    /** {@code kill -9} of a running service, without restarting it (see {@link #startAgain}). */
    public void kill(String name) throws InterruptedException {
        service(name).kill();
    }

    /** Starts a killed service again with the same command, port and config; waits until it is ready. */
    public ServiceProcess startAgain(String name) throws IOException, InterruptedException {
        return ready(name, service(name).startedAgain());
    }

    private ServiceProcess ready(String name, ServiceProcess process) throws InterruptedException {
        services.put(name, process);
        process.awaitReady(options.readyTimeout());
        return process;
    }

    /**
     * Starts one more instance of an agent (same consumer groups, database and targets file, its own
     * port and log), named {@code "<agent>#<n>"}; waits until it is ready. monitor-agent is refused:
     * it has no consumer group, a second one would collect every line twice.
     */
    public ServiceProcess addInstance(String agent) throws IOException, InterruptedException {
        if (agent.equals("monitor-agent")) {
            throw new IllegalArgumentException("monitor-agent does not scale by consumer group");
        }
        String[] spec = AGENTS.stream().filter(a -> a[0].equals(agent)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent " + agent));
        int n = 2;
        while (services.containsKey(agent + "#" + n)) {
            n++;
        }
        String name = agent + "#" + n;
        return ready(name, startAgent(agent, name, spec[1], io.selfhealing.infra.Ports.free(),
                options.workDir().resolve("logs")));
    }

    /** The names of the running services (agents and extra instances), in start order. */
    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    public DemoTarget demo(String id) {
        DemoTarget demo = demos.get(id);
        if (demo == null) {
            throw new IllegalArgumentException("no demo target " + id);
        }
        return demo;
    }

    /** Peak RSS per process in MiB, sampled now. */
    public Map<String, Long> peakRssMb() {
        Map<String, Long> rss = new LinkedHashMap<>();
        services.forEach((name, s) -> rss.put(name, s.sampleRss() / 1024));
        demos.forEach((id, d) -> rss.put(id, d.process().sampleRss() / 1024));
        return rss;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(15));
    }

    /** Asks every process to stop at once, then kills those still running after {@code grace}. */
    public void close(Duration grace) {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        demos.values().forEach(d -> all.add(d.process()));
        all.forEach(ServiceProcess::terminate);
        long deadline = System.nanoTime() + grace.toNanos();
        all.forEach(process -> process.awaitExitOrKill(deadline));
    }

    private void startDemo(String id, int port, Path logs) throws IOException {
        Path repo = DemoConfigRepo.create(options.workDir().resolve("repos").resolve(id), options.initialDelayMs());
        Path log = options.workDir().resolve("demo-logs").resolve(id + ".log");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", String.valueOf(port));
        props.put("demo.config-file", repo.resolve(DemoConfigRepo.FILE).toString());
        props.put("quarkus.log.file.path", log.toString());
        props.putAll(options.demoProperties());
        ServiceProcess process = ServiceProcess.start(id, jar("demo-target"), port, options.jvmArgs(), props,
                Map.of(), logs);
        demos.put(id, new DemoTarget(id, repo, repo.resolve(DemoConfigRepo.FILE), log, process));
    }

    private ServiceProcess startAgent(String name, String instance, String database, int port, Path logs)
            throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", String.valueOf(port));
        props.put("kafka.bootstrap.servers", options.kafkaBootstrap());
        switch (name) {
            case "monitor-agent" -> {
                props.put("healing.targets-file", targetsFile.toString());
                props.put("healing.monitor.state-dir", options.workDir().resolve("monitor-state").toString());
            }
            case "fix-engineer", "root-cause-analyst", "error-detector" ->
                props.put("healing.targets-file", targetsFile.toString());
            case "notifier" -> {
                props.put("healing.notifier.links.notifier-url", "http://localhost:" + port);
                if (services.containsKey("coordinator")) {
                    props.put("healing.notifier.links.coordinator-url", services.get("coordinator").url());
                }
            }
            case "backup-manager" -> {
                props.put("healing.backup.allowed-roots", backupRoots);
                props.put("healing.targets-file", targetsFile.toString());
            }
            default -> { }
        }
        if (database != null) {
            props.put("quarkus.datasource.reactive.url", options.postgresUrl(database));
        }
        props.putAll(options.agentProperties().getOrDefault(name, Map.of()));
        // The local platform signs in with HTTP basic (the coordinator accepts it only when switched on).
        Map<String, String> env = Map.of("HEALING_OPERATOR_PASSWORD", options.operatorPassword(),
                "HEALING_SECURITY_BASIC_AUTH", "true");
        return ServiceProcess.start(instance.replace('#', '-'), jar(name), port, options.jvmArgs(), props, env, logs);
    }

    /** Where backup-manager may back up and restore: the demo repositories, or those the user's targets name. */
    private String backupRoots() throws IOException {
        List<Path> roots = options.targetsFile() == null ? List.of(options.workDir().resolve("repos"))
                : UserTargets.configRepositories(options.targetsFile(), options.repoRoot());
        return roots.isEmpty() ? options.workDir().resolve("repos").toString()
                : String.join(",", roots.stream().map(Path::toString).toList());
    }

    private Path writeTargetsFile(Path file) throws IOException {
        StringBuilder yaml = new StringBuilder("# generated by the platform launcher\ntargets:\n");
        for (DemoTarget demo : demos.values()) {
            yaml.append("  - id: ").append(demo.id()).append('\n')
                    .append("    type: http\n")
                    .append("    probe: {url: \"").append(demo.url()).append("/q/health/ready\", intervalSeconds: ")
                    .append(options.probeIntervalSeconds()).append(", timeoutMs: 1000}\n")
                    .append("    logs: [\"").append(demo.logFile()).append("\"]\n")
                    .append("    config: {repository: \"").append(demo.repository()).append("\", file: ")
                    .append(DemoConfigRepo.FILE).append("}\n");
        }
        options.extraTargets().forEach(line -> yaml.append(line).append('\n'));
        Files.writeString(file, yaml.toString());
        return file;
    }

    private Path jar(String module) {
        return options.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** How long to wait for a process to become ready. */
    public static Duration defaultReadyTimeout() {
        return Duration.ofSeconds(120);
    }
}
