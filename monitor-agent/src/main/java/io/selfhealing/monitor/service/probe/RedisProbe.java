package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Redis server over RESP (no client library): PING latency, used memory vs {@code maxmemory},
 * connected clients vs {@code maxclients}, and connections rejected since the previous check.
 * Settings: {@code host} (localhost), {@code port} (6379), {@code user} and {@code passwordEnv}
 * (the NAME of the environment variable holding the password) when the server needs AUTH.
 * Thresholds: latencyMs (warning above 5000), memoryPercent (80/90, only with a maxmemory),
 * clientsPercent (80/90), rejectedConnections (warning above 0). Unreachable, an error reply to
 * PING, or no answer within the timeout → CRITICAL.
 */
@Singleton
public class RedisProbe extends BlockingProbe {

    static final Threshold LATENCY = Threshold.of(5000, Double.POSITIVE_INFINITY);
    static final Threshold MEMORY = Threshold.of(80, 90);
    static final Threshold CLIENTS = Threshold.of(80, 90);
    static final Threshold REJECTED = Threshold.of(0, Double.POSITIVE_INFINITY);


    public RedisProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "redis";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        long timeoutMs = context.settings().timeout().toMillis();
        String host = context.settings().string("host").orElse("localhost");
        int port = (int) context.settings().longValue("port", 6379);
        long start = System.nanoTime();
        try (RespConnection redis = new RespConnection(timeoutMs).open(host, port)) {
            authenticate(context, redis);
            Object pong = redis.call("PING");
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            checks.check("ping", context.level("latencyMs", latencyMs, LATENCY), latencyMs, Map.of("reply",
                    String.valueOf(pong)), "PING took " + latencyMs + " ms");
            Map<String, String> info = info((String) redis.call("INFO"));
            memory(context, info, checks);
            clients(info, maxClients(redis), checks);
            long rejected = number(info, "rejected_connections");
            checks.metric("rejected", "rejectedConnections", context.increase("rejected_connections", rejected),
                    REJECTED, Map.of("total", rejected));
        } catch (IOException | RuntimeException e) {
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            String reason = reason(e, timeoutMs);
            checks.check("ping", HealthStatus.CRITICAL, latencyMs, Map.of("error", reason), "redis " + reason);
        }
        return checks.result();
    }

    private static void authenticate(ProbeContext context, RespConnection redis) throws IOException {
        Optional<String> password = context.settings().string("passwordEnv").map(System::getenv);
        if (password.isPresent()) {
            Optional<String> user = context.settings().string("user");
            if (user.isPresent()) {
                redis.call("AUTH", user.get(), password.get());
            } else {
                redis.call("AUTH", password.get());
            }
        }
    }

    private static void memory(ProbeContext context, Map<String, String> info, CheckList checks) {
        long used = number(info, "used_memory");
        long max = number(info, "maxmemory");
        Map<String, Object> details = Map.of("usedMb", mb(used), "maxMb", mb(max),
                "policy", info.getOrDefault("maxmemory_policy", ""));
        if (max > 0) {
            checks.metric("memory", "memoryPercent", HostProbe.percent(used, max), MEMORY, details);
        } else {
            checks.check("memory", HealthStatus.HEALTHY, null, details, null);
        }
    }

    private static void clients(Map<String, String> info, long max, CheckList checks) {
        long connected = number(info, "connected_clients");
        if (max > 0) {
            checks.metric("clients", "clientsPercent", HostProbe.percent(connected, max), CLIENTS,
                    Map.of("connected", connected, "max", max));
        } else {
            checks.check("clients", HealthStatus.HEALTHY, null, Map.of("connected", connected), null);
        }
    }

    /** {@code CONFIG GET maxclients}, or 0 when the server does not allow CONFIG (managed Redis). */
    private static long maxClients(RespConnection redis) throws IOException {
        try {
            Object reply = redis.call("CONFIG", "GET", "maxclients");
            return reply instanceof List<?> pair && pair.size() == 2 ? Long.parseLong(pair.get(1).toString()) : 0;
        } catch (RespConnection.ErrorReply e) {
            return 0;
        }
    }

    /** The {@code key:value} lines of an INFO reply. */
    static Map<String, String> info(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text == null ? new String[0] : text.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    private static long number(Map<String, String> info, String key) {
        try {
            return Long.parseLong(info.getOrDefault(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1024.0 / 1024 * 10) / 10.0;
    }

    private static String reason(Exception e, long timeoutMs) {
        if (e instanceof SocketTimeoutException) {
            return "no answer within " + timeoutMs + " ms";
        }
        if (e instanceof RespConnection.ErrorReply) {
            return "refused: " + e.getMessage();
        }
        return "unreachable: " + e.getMessage();
    }
}
