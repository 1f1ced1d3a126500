package io.selfhealing.fix.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.events.CommandType;
import io.selfhealing.events.FixPlan;
import io.selfhealing.events.ParameterChange;
import io.selfhealing.events.ResourceRef;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixSpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP actuator against a real local HTTP server acting as the target's admin endpoint. */
class HttpAdminActuatorTest {

    private HttpServer server;
    private volatile String delay = "800";
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/admin/tunables", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())) {
                byte[] body = ("{\"upstream.delay.ms\":" + delay + "}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                bodies.add(body);
                delay = body.replaceAll(".*\"value\":\"(\\d+)\".*", "$1");
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void setsTheValueThroughTheDeclaredEndpointOnceAndBack() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/admin/tunables";
        TargetSpec target = new TargetSpec("t", "http", null, null, null, null, null,
                new TargetSpec.AdminEndpoint(url, null, null));
        FixSpec spec = CatalogProducer.builtIn().byName("increase_delay").orElseThrow();
        HttpAdminActuator actuator = new HttpAdminActuator(new TestConfig());
        FixPlan plan = spec.plan("http-admin", actuator.read(target, spec).orElseThrow()).plan();
        var apply = GitActuatorsTest.command(CommandType.APPLY, plan);
        assertTrue(actuator.apply(apply, target, spec).success());
        assertEquals(List.of("{\"key\":\"upstream.delay.ms\",\"value\":\"1200\"}"), bodies);
        assertTrue(actuator.apply(apply, target, spec).message().contains("already"));
        assertEquals(1, bodies.size());
        actuator.revert(GitActuatorsTest.command(CommandType.REVERT, plan), target, spec);
        assertEquals("800", delay);

        FixPlan elsewhere = new FixPlan(plan.fixType(), plan.actuator(), plan.risk(), "x", List.of(new ParameterChange(
                new ResourceRef(ResourceRef.HTTP_ADMIN, "http://evil.example/steal", "upstream.delay.ms"),
                "upstream.delay.ms", "800", "1200")));
        var e = assertThrows(FixRefused.class, () -> actuator.apply(GitActuatorsTest.command(CommandType.APPLY, elsewhere),
                target, spec));
        assertTrue(e.getMessage().contains("not the declared admin endpoint"), e.getMessage());
        assertEquals(2, bodies.size());
    }
}
