package io.selfhealing.infra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every object of every rendered overlay is a valid object of its kind: Kubernetes kinds parse
 * into fabric8's typed models, Strimzi kinds into Strimzi's own API models (io.strimzi:api), and
 * no field is unknown to them (both keep unknown fields in additionalProperties instead of failing,
 * so the test walks every parsed object and fails on any it finds). Wrong types fail the parse;
 * a value the model does not keep (an unknown enum value such as a listener type, which Strimzi
 * reads as null) fails the round trip: every value of the file (but false and 0, which models leave
 * out as defaults) must come back when the typed object is written out again.
 */
class KubernetesSchemaTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);

    @Test
    void everyRenderedObjectParsesIntoItsTypedModelWithoutUnknownFields() throws Exception {
        for (var overlay : RenderedOverlays.all().entrySet()) {
            assertTrue(overlay.getValue().size() > 20, overlay.getKey() + " renders too few objects");
            for (JsonNode doc : overlay.getValue()) {
                String where = overlay.getKey() + ": " + doc.path("kind").asText() + " "
                        + doc.path("metadata").path("name").asText();
                Object typed = parse(doc, where);
                List<String> unknown = new ArrayList<>();
                walk(typed, "", unknown);
                assertEquals(List.of(), unknown, where + ": fields unknown to the " + typed.getClass().getSimpleName()
                        + " schema");
                List<String> lost = new ArrayList<>();
                contained(doc, SERIALIZATION.convertValue(typed, JsonNode.class), "", lost);
                assertEquals(List.of(), lost, where + ": values the typed model does not keep");
            }
        }
    }

    @Test
    void theCheckFindsAMisspelledFieldAndAWrongEnum() throws Exception {
        JsonNode misspelled = RenderedOverlays.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers: [{name: x, image: x, readinessProbe: {httpGet: {path: /q/health, prot: 8080}}}]
                """);
        List<String> unknown = new ArrayList<>();
        walk(parse(misspelled, "misspelled"), "", unknown);
        assertEquals(List.of("/spec/template/spec/containers[0]/readinessProbe/httpGet/prot"), unknown);
        JsonNode wrongType = RenderedOverlays.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: Kafka
                metadata: {name: x}
                spec: {kafka: {listeners: [{name: tls, port: 9093, type: intranet, tls: true}]}}
                """);
        List<String> lost = new ArrayList<>();
        contained(wrongType, SERIALIZATION.convertValue(parse(wrongType, "wrong enum"), JsonNode.class), "", lost);
        assertEquals(List.of("/spec/kafka/listeners[0]/type"), lost);
        JsonNode wrongNumber = RenderedOverlays.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: x}
                spec: {partitions: three}
                """);
        assertThrowsAssertion(() -> parse(wrongNumber, "wrong type"));
    }

    /** Collects the path of every value of {@code original} that {@code roundTrip} lacks or changed. */
    static void contained(JsonNode original, JsonNode roundTrip, String path, List<String> lost) {
        if (original.isObject()) {
            original.fields().forEachRemaining(f -> contained(f.getValue(),
                    roundTrip == null ? null : roundTrip.get(f.getKey()), path + "/" + f.getKey(), lost));
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                contained(original.get(i), roundTrip == null ? null : roundTrip.get(i), path + "[" + i + "]", lost);
            }
        } else if (roundTrip == null ? !isDefaultLike(original) : !roundTrip.asText().equals(original.asText())) {
            lost.add(path);
        }
    }

    /** false and 0: models leave such defaults out when they write an object. */
    private static boolean isDefaultLike(JsonNode scalar) {
        return scalar.isBoolean() && !scalar.asBoolean() || scalar.isNumber() && scalar.asDouble() == 0;
    }

    private static Object parse(JsonNode doc, String where) {
        String kind = doc.path("kind").asText();
        try {
            if (STRIMZI.containsKey(kind)) {
                assertTrue(doc.path("apiVersion").asText().startsWith("kafka.strimzi.io/"), where);
                return SERIALIZATION.convertValue(doc, STRIMZI.get(kind));
            }
            Object typed = SERIALIZATION.unmarshal(RenderedOverlays.YAML.writeValueAsString(doc));
            if (typed instanceof GenericKubernetesResource) {
                fail(where + ": no typed model for " + doc.path("apiVersion").asText() + " " + kind);
            }
            return typed;
        } catch (IllegalArgumentException | IllegalStateException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(where + " does not parse: " + e.getMessage(), e);
        }
    }

    /** Collects the JSON path of every additional (unknown) property in the object graph. */
    static void walk(Object value, String path, List<String> unknown) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "/" + k, unknown));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child = invoke(m, value);
            if (m.getName().equals("getAdditionalProperties") && child instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> unknown.add(path + "/" + k));
            } else if (child != value) {
                walk(child, path + "/" + property(m.getName()), unknown);
            }
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String property(String getter) {
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }

    private static void assertThrowsAssertion(Runnable r) {
        try {
            r.run();
        } catch (AssertionError expected) {
            return;
        }
        fail("a wrong type parsed");
    }
}
