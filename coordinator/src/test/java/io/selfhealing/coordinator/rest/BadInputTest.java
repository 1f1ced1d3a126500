package io.selfhealing.coordinator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.selfhealing.infra.InfraTestResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Every wrong input is a 4xx RFC 7807 problem that names the field at fault. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "coordinator"))
class BadInputTest {

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "test-operator-secret");
    }

    @Test
    void aNonNumericOrOutOfRangeLimitIsA400NamingLimit() {
        for (String path : new String[] {"/api/incidents?limit=abc", "/api/incidents?limit=0",
                "/api/monitoring/backups?limit=1e3", "/api/monitoring/backups?limit=100000"}) {
            operator().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("field", equalTo("limit"))
                    .body("detail", containsString("limit"));
        }
    }

    @Test
    void anUnknownStateIsA400NamingState() {
        operator().get("/api/incidents?state=bogus").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("state"))
                .body("detail", containsString("AWAITING_APPROVAL"));
    }

    @Test
    void aMalformedMaintenanceBodyIsA400ProblemNotABare400() {
        operator().contentType("application/json").body("{\"targetId\": \"a\", \"endsAt\": ")
                .post("/api/maintenance").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("body")).body("title", equalTo("Malformed JSON body"));
        operator().contentType("application/json").body("{\"targetId\":\"a\",\"endsAt\":\"tomorrow\"}")
                .post("/api/maintenance").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("endsAt")).body("detail", containsString("endsAt"));
        operator().contentType("application/json").body("{\"targetId\":[1,2],\"endsAt\":\"2030-01-01T00:00:00Z\"}")
                .post("/api/maintenance").then().statusCode(400).body("field", equalTo("targetId"));
        operator().contentType("application/json").body("{\"endsAt\":\"2030-01-01T00:00:00Z\"}")
                .post("/api/maintenance").then().statusCode(400).body("field", equalTo("targetId"));
        operator().contentType("application/json").body("{\"targetId\":\"a\"}")
                .post("/api/maintenance").then().statusCode(400).body("field", equalTo("endsAt"));
    }

    @Test
    void unknownIdsAre404ProblemsAndAWrongMediaTypeIs415() {
        operator().get("/api/incidents/nope").then().statusCode(404).contentType("application/problem+json");
        operator().post("/api/incidents/nope/approve").then().statusCode(404)
                .contentType("application/problem+json");
        operator().contentType("text/plain").body("x").post("/api/maintenance").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
