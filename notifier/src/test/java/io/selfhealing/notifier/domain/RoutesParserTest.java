package io.selfhealing.notifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesParserTest {

    private static final String RECEIVERS = """
            receivers:
              - name: ops
                webhook: {url: "http://127.0.0.1:9/hook", secret_env: OPS_SECRET}
              - name: chat
                slack: {url_env: CHAT_URL}
              - name: pager
                email: {to: [oncall@example.org]}
            """;

    static Routing parse(String yaml) throws Exception {
        return RoutesParser.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    static Map<String, String> labels(String severity, String target, String title) {
        return AlertLabels.of(Map.of(), severity, target, title, "coordinator", null);
    }

    @Test
    void childrenInheritWhatTheyDoNotSetAndTheRootHasAlertmanagersDefaults() throws Exception {
        Routing r = parse("""
                route:
                  receiver: ops
                  group_interval: 2m
                  routes:
                    - matchers: ['severity>="HIGH"']
                      receivers: [chat, pager]
                      escalate_after: 10m
                """ + RECEIVERS);
        Route root = r.root();
        assertEquals(Duration.ofSeconds(30), root.groupWait());
        assertEquals(Duration.ofHours(4), root.repeatInterval());
        assertEquals(List.of("targetId"), root.groupBy());
        Route child = root.children().get(0);
        assertEquals("route.routes[0]", child.path());
        assertEquals(Duration.ofMinutes(2), child.groupInterval());
        assertEquals(List.of("chat", "pager"), child.receivers());
        assertEquals(Duration.ofMinutes(10), child.escalateAfter());
        assertNull(root.escalateAfter());
    }

    @Test
    void firstMatchingChildTakesTheAlertUnlessItSaysContinue() throws Exception {
        Routing r = parse("""
                route:
                  receiver: ops
                  routes:
                    - matchers: ['targetId=~"shop-.*"']
                      receiver: chat
                      continue: true
                    - matchers: ['severity="CRITICAL"']
                      receiver: pager
                    - matchers: ['severity!="LOW"']
                      receiver: ops
                """ + RECEIVERS);
        assertEquals(List.of("route"), paths(r.match(labels("LOW", "db", "x"))));
        assertEquals(List.of("route.routes[0]", "route.routes[1]"), paths(r.match(labels("CRITICAL", "shop-api", "x"))));
        assertEquals(List.of("route.routes[1]"), paths(r.match(labels("CRITICAL", "db", "x"))));
        assertEquals(List.of("route.routes[2]"), paths(r.match(labels("HIGH", "db", "x"))));
    }

    @Test
    void nestedRoutesMatchDepthFirstAndTheParentKeepsWhatNoChildTakes() throws Exception {
        Routing r = parse("""
                route:
                  receiver: ops
                  routes:
                    - matchers: ['targetId="shop"']
                      receiver: chat
                      routes:
                        - matchers: ['title=~".*approval.*"']
                          receiver: pager
                """ + RECEIVERS);
        assertEquals(List.of("route.routes[0].routes[0]"),
                paths(r.match(labels("HIGH", "shop", "Fix awaiting approval"))));
        assertEquals(List.of("route.routes[0]"), paths(r.match(labels("HIGH", "shop", "Healing failed"))));
    }

    @Test
    void everyProblemIsNamedWithItsEntryAndField() {
        InvalidRoutesException e = assertThrows(InvalidRoutesException.class, () -> parse("""
                route:
                  receiver: nobody
                  group_wait: 5x
                  routes:
                    - matchers: ['severity>="URGENT"', 'title~"x"']
                      receivers: [ops]
                      escalate_after: 10m
                      repeat: 1h
                receivers:
                  - name: ops
                    webhook: {url: "ftp://x"}
                  - name: mail
                    email: {to: [not-an-address]}
                  - name: both
                    webhook: {url: "http://x"}
                    slack: {url_env: X}
                """));
        String all = String.join("\n", e.problems());
        for (String expected : List.of("route.receiver: no receiver named 'nobody'", "route.group_wait: not a duration",
                "route.routes[0].matchers: unknown severity 'URGENT'", "route.routes[0].matchers: not a matcher: 'title~\"x\"'",
                "route.routes[0].escalate_after: needs a chain", "route.routes[0].repeat: unknown field",
                "receivers[0] (ops).webhook.url: 'ftp://x' is not an http(s) URL",
                "receivers[1] (mail).email.to: 'not-an-address' is not an e-mail address",
                "receivers[2] (both): needs exactly one of webhook, slack, email")) {
            assertTrue(all.contains(expected), "missing '" + expected + "' in:\n" + all);
        }
    }

    @Test
    void theRootNeedsAReceiverAndTakesEveryAlert() {
        InvalidRoutesException e = assertThrows(InvalidRoutesException.class,
                () -> parse("route:\n  matchers: ['severity=\"HIGH\"']\n" + RECEIVERS));
        assertTrue(e.problems().contains("route.receiver: the root route needs a receiver (every alert must reach someone)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("route.matchers: the root route takes every alert"), e.getMessage());
        assertThrows(InvalidRoutesException.class, () -> parse("receivers: []"));
    }

    @Test
    void groupKeysSplitByTheGroupByLabelsOnly() throws Exception {
        Route root = parse("route:\n  receiver: ops\n  group_by: [targetId]\n" + RECEIVERS).root();
        String a = root.groupKey(labels("HIGH", "shop", "one"), "k1");
        assertEquals(a, root.groupKey(labels("LOW", "shop", "two"), "k2"));
        assertFalse(a.equals(root.groupKey(labels("HIGH", "db", "one"), "k1")));
        Route each = parse("route:\n  receiver: ops\n  group_by: ['...']\n" + RECEIVERS).root();
        assertFalse(each.groupKey(labels("HIGH", "shop", "one"), "k1").equals(each.groupKey(labels("HIGH", "shop", "one"), "k2")));
    }

    @Test
    void theShippedExampleRoutesFilesAreValid() throws Exception {
        for (String file : List.of("routes.example.yaml", "../deploy/kubernetes/base/notifier-routes.yaml")) {
            Routing r = parse(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
            assertFalse(r.receivers().isEmpty(), file);
        }
        Routing example = parse(java.nio.file.Files.readString(java.nio.file.Path.of("routes.example.yaml")));
        assertEquals(List.of("route.routes[0]", "route.routes[1]"),
                paths(example.match(labels("CRITICAL", "payments-api", "Healing failed"))));
    }

    private static List<String> paths(List<Route> routes) {
        return routes.stream().map(Route::path).toList();
    }
}
