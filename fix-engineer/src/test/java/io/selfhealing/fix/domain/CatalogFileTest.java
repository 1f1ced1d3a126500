package io.selfhealing.fix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.Vocabulary;
import io.selfhealing.fix.service.CatalogProducer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogFileTest {

    private static final String GOOD = """
            escalate: {dependency_down: "escalate: dependency down"}
            fixTypes:
              - name: raise_timeout
                answers: [api_timeout]
                risk: LOW
                actuators: [git-config]
                parameter: {key: request.timeout.ms, min: 100, max: 30000}
                step: {direction: up, factor: 1.5}
                revert: restore-backup
                description: "raise ${key}"
            """;

    @Test
    void theBuiltInCatalogHasEverySeedFixTypeAndEscalatesDependencyDown() throws Exception {
        FixCatalog catalog = CatalogProducer.builtIn();
        assertEquals(List.of(Vocabulary.Fix.INCREASE_DELAY, Vocabulary.Fix.RAISE_POOL_SIZE, Vocabulary.Fix.RAISE_TIMEOUT,
                Vocabulary.Fix.SCALE_OUT, Vocabulary.Fix.REDUCE_BATCH_SIZE, Vocabulary.Fix.RESTART,
                Vocabulary.Fix.REVERT_CONFIG_COMMIT), catalog.types().stream().map(FixSpec::name).toList());
        assertEquals("escalate: dependency down", catalog.escalation(Vocabulary.Issue.DEPENDENCY_DOWN).orElseThrow());
        assertTrue(catalog.forIssue(Vocabulary.Issue.DEPENDENCY_DOWN).isEmpty());
        for (String issue : Vocabulary.Issue.ALL) {
            assertTrue(!catalog.forIssue(issue).isEmpty() || catalog.escalation(issue).isPresent(), issue);
        }
        assertEquals(List.of("scale_out", "reduce_batch_size", "restart"),
                catalog.forIssue(Vocabulary.Issue.OVERLOAD).stream().map(FixSpec::name).toList());
    }

    @Test
    void acceptsAValidCatalog() {
        assertEquals("raise_timeout", CatalogFile.parse(GOOD, "t").forIssue("api_timeout").get(0).name());
    }

    @Test
    void rejectsBadCatalogsNamingTheEntryAndTheField() {
        bad(GOOD.replace("factor: 1.5", "factor: 2.0"), "fixTypes[0] (raise_timeout): step.factor must be within (1, 1.5]");
        bad(GOOD.replace("factor: 1.5", "factor: 1.5, add: 3"), "exactly one of factor and add");
        bad(GOOD.replace("direction: up", "direction: sideways"), "step.direction must be up or down");
        bad(GOOD.replace("min: 100", "min: 40000"), "0 <= min <= max");
        bad(GOOD.replace("[api_timeout]", "[slowness]"), "unknown issue type slowness");
        bad(GOOD.replace("[api_timeout]", "[dependency_down]"), "which the catalog escalates");
        bad(GOOD.replace("[git-config]", "[ssh-shell]"), "unknown actuator ssh-shell");
        bad(GOOD.replace("[git-config]", "[k8s-restart]"), "takes no parameter or step");
        bad(GOOD.replace("risk: LOW", "risk: TINY"), "not valid");
        bad(GOOD.replace("    risk: LOW\n", ""), "risk is required");
        bad(GOOD.replace("restore-backup", "hope"), "revert must be one of");
        bad(GOOD.replace("key: request.timeout.ms", "key: \"a b; rm -rf /\""), "parameter.key must be");
        bad(GOOD.replace("revert: restore", "colour: red\n    revert: restore"), "not valid");
        bad(GOOD + GOOD.substring(GOOD.indexOf("  - name")), "duplicate name raise_timeout");
        bad("fixTypes: []", "declares no fixTypes");
        bad(GOOD.replace("dependency_down:", "no_such_issue:"), "escalate.no_such_issue");
    }

    private static void bad(String yaml, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> CatalogFile.parse(yaml, "test.yaml"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("test.yaml"), e.getMessage());
    }
}
