package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.Topics;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Strimzi resources of every rendered overlay match the code: a KafkaTopic per topic of
 * {@link Topics#ALL} (compacted exactly where {@link Topics#COMPACTED} says), a KafkaUser per agent
 * whose ACLs are exactly what its channel configuration reads and writes ({@link ChannelAcls}),
 * and every agent connecting to the cluster's TLS bootstrap with its own user's credentials.
 */
class KafkaResourcesTest {

    @Test
    void everyTopicOfTheContractIsAKafkaTopicCompactedWhereTheContractSays() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> topics = RenderedOverlays.ofKind(overlay.getValue(), "KafkaTopic");
            Set<String> names = new TreeSet<>();
            for (JsonNode topic : topics) {
                String name = topic.path("spec").path("topicName").asText();
                names.add(name);
                String policy = topic.path("spec").path("config").path("cleanup.policy").asText();
                assertEquals(Topics.COMPACTED.contains(name) ? "compact" : "delete", policy, overlay.getKey() + " " + name);
                assertEquals("healing", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(), name);
            }
            assertEquals(new TreeSet<>(Topics.ALL), names, overlay.getKey());
        }
    }

    @Test
    void everyAgentHasAKafkaUserWithExactlyTheAclsItsChannelsNeed() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            assertEquals(new TreeSet<>(RenderedOverlays.services(overlay.getValue())),
                    names(RenderedOverlays.ofKind(overlay.getValue(), "KafkaUser")),
                    overlay.getKey() + ": one KafkaUser per service, no other (a new agent of the launcher needs its "
                            + "deploy/kubernetes/base/agents/<agent>.yaml and KafkaUser)");
            for (String agent : RenderedOverlays.services(overlay.getValue())) {
                ChannelAcls expected = ChannelAcls.of(agent);
                ChannelAcls granted = granted(RenderedOverlays.find(overlay.getValue(), "KafkaUser", agent));
                assertEquals(expected, granted, overlay.getKey() + ": ACLs of " + agent + " (its KafkaUser in "
                        + "deploy/kubernetes/base/kafka/users.yaml must match the channels of its application.properties)");
                assertFalse(expected.reads().isEmpty() && expected.writes().isEmpty(), agent + " uses no topic?");
            }
        }
    }

    @Test
    void onlyTheCoordinatorMayWriteCommands() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            for (String agent : RenderedOverlays.services(overlay.getValue())) {
                boolean writes = granted(RenderedOverlays.find(overlay.getValue(), "KafkaUser", agent)).writes()
                        .contains(Topics.COMMANDS);
                assertEquals(agent.equals("coordinator"), writes, overlay.getKey() + ": " + agent + " writes commands");
            }
        }
    }

    @Test
    void agentsConnectToTheTlsBootstrapWithTheirOwnScramUser() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            List<JsonNode> docs = overlay.getValue();
            JsonNode kafka = RenderedOverlays.ofKind(docs, "Kafka").get(0);
            String cluster = kafka.path("metadata").path("name").asText();
            assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText());
            assertEquals("simple", kafka.path("spec").path("kafka").path("authorization").path("type").asText());
            JsonNode listener = kafka.path("spec").path("kafka").path("listeners").get(0);
            assertTrue(listener.path("tls").asBoolean(), "TLS listener");
            assertEquals("scram-sha-512", listener.path("authentication").path("type").asText());
            for (JsonNode pool : RenderedOverlays.ofKind(docs, "KafkaNodePool")) {
                assertEquals(cluster, pool.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            }
            JsonNode config = RenderedOverlays.configMap(docs, "healing-config").path("data");
            assertEquals(cluster + "-kafka-bootstrap:" + listener.path("port").asInt(),
                    config.path("KAFKA_BOOTSTRAP_SERVERS").asText(), "bootstrap naming");
            assertEquals("SASL_SSL", config.path("KAFKA_SECURITY_PROTOCOL").asText());
            assertEquals("SCRAM-SHA-512", config.path("KAFKA_SASL_MECHANISM").asText());
            for (String agent : RenderedOverlays.services(docs)) {
                JsonNode env = RenderedOverlays.find(docs, "Deployment", agent)
                        .at("/spec/template/spec/containers/0/env");
                JsonNode jaas = envVar(env, "KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef");
                assertEquals(agent, jaas.path("name").asText(), agent + " uses its own KafkaUser's secret");
                assertEquals("sasl.jaas.config", jaas.path("key").asText());
                assertEquals(cluster + "-cluster-ca-cert",
                        envVar(env, "KAFKA_SSL_TRUSTSTORE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
            }
        }
    }

    static JsonNode envVar(JsonNode env, String name) {
        for (JsonNode e : env) {
            if (e.path("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no env " + name);
    }

    private static Set<String> names(List<JsonNode> docs) {
        Set<String> names = new TreeSet<>();
        docs.forEach(d -> names.add(d.path("metadata").path("name").asText()));
        return names;
    }

    /** What a KafkaUser's ACLs allow, in the shape of {@link ChannelAcls}; anything else fails. */
    private static ChannelAcls granted(JsonNode user) {
        ChannelAcls acls = new ChannelAcls(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            JsonNode resource = acl.path("resource");
            String name = resource.path("name").asText();
            String pattern = resource.path("patternType").asText("literal");
            Set<String> ops = new TreeSet<>();
            acl.path("operations").forEach(o -> ops.add(o.asText()));
            String what = resource.path("type").asText() + " " + pattern + " " + ops;
            switch (what) {
                case "topic literal [Describe, Read]" -> acls.reads().add(name);
                case "topic literal [Describe, Write]" -> acls.writes().add(name);
                case "group literal [Read]" -> acls.groups().add(name);
                case "group prefix [Read]" -> acls.groupPrefixes().add(name);
                default -> throw new AssertionError(user.at("/metadata/name").asText() + ": unexpected ACL " + what
                        + " on " + name);
            }
        }
        return acls;
    }
}
