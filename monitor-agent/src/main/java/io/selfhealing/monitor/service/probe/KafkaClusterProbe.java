package io.selfhealing.monitor.service.probe;

import io.selfhealing.events.HealthStatus;
import io.selfhealing.monitor.domain.CheckList;
import io.selfhealing.monitor.domain.ProbeContext;
import io.selfhealing.monitor.domain.ProbeResult;
import io.selfhealing.monitor.domain.Threshold;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * A Kafka cluster through the admin client: brokers reachable (none → CRITICAL), under-replicated
 * partitions, and consumer-group lag per group. Settings: {@code bootstrapServers}; {@code groups}
 * (default: every group). Thresholds: underReplicatedPartitions (warning above 0), consumerLag per
 * group (warning above 1000, critical above 10000).
 */
@Singleton
public class KafkaClusterProbe extends BlockingProbe {

    static final Threshold UNDER_REPLICATED = Threshold.of(0, Double.POSITIVE_INFINITY);
    static final Threshold LAG = Threshold.of(1000, 10000);

    private final Map<String, Admin> admins = new ConcurrentHashMap<>();

    public KafkaClusterProbe(BlockingChecks blocking) {
        super(blocking);
    }

    @Override
    public String type() {
        return "kafka";
    }

    @Override
    ProbeResult measure(ProbeContext context) {
        CheckList checks = new CheckList(context);
        long timeoutMs = context.settings().timeout().toMillis();
        Admin admin = admins.computeIfAbsent(context.target().id(), id -> open(context));
        long start = System.nanoTime();
        try {
            int brokers = admin.describeCluster().nodes().get(timeoutMs, TimeUnit.MILLISECONDS).size();
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            checks.check("brokers", brokers > 0 ? HealthStatus.HEALTHY : HealthStatus.CRITICAL, latencyMs,
                    Map.of("brokers", brokers), "no broker reachable");
            Collection<TopicDescription> topics = admin.describeTopics(admin.listTopics().names()
                    .get(timeoutMs, TimeUnit.MILLISECONDS)).allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS).values();
            long under = topics.stream().flatMap(t -> t.partitions().stream())
                    .filter(p -> p.isr().size() < p.replicas().size()).count();
            checks.metric("replication", "underReplicatedPartitions", under, UNDER_REPLICATED,
                    Map.of("topics", topics.size()));
            for (String group : groups(context, admin, timeoutMs)) {
                checks.metric("lag:" + group, "consumerLag", ConsumerLag.of(admin, group, timeoutMs), LAG,
                        Map.of("group", group));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            checks.check("brokers", HealthStatus.UNKNOWN, null, Map.of(), "interrupted");
        } catch (Exception e) {
            long latencyMs = (System.nanoTime() - start) / 1_000_000;
            checks.check("brokers", HealthStatus.CRITICAL, latencyMs, Map.of("error", String.valueOf(e.getMessage())),
                    "kafka unreachable: " + e.getMessage());
        }
        return checks.result();
    }

    private static List<String> groups(ProbeContext context, Admin admin, long timeoutMs) throws Exception {
        Object configured = context.settings().values().get("groups");
        if (configured instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return admin.listConsumerGroups().all().get(timeoutMs, TimeUnit.MILLISECONDS).stream()
                .map(ConsumerGroupListing::groupId).sorted().toList();
    }

    private static Admin open(ProbeContext context) {
        int timeoutMs = (int) context.settings().timeout().toMillis();
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, context.settings().required("bootstrapServers"),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.CLIENT_ID_CONFIG, "monitor-agent-" + context.target().id()));
    }

    @PreDestroy
    void close() {
        admins.values().forEach(Admin::close);
    }
}
