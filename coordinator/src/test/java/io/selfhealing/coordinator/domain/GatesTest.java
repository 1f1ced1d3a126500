package io.selfhealing.coordinator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.events.RiskLevel;
import org.junit.jupiter.api.Test;

class GatesTest {

    private final Gates gates = new Gates(85, RiskLevel.MEDIUM, 3);

    @Test
    void autoAppliesOnlyWhenEveryGatePasses() {
        assertTrue(gates.decide(input(85, RiskLevel.MEDIUM, false, 2)).autoApply());
        assertTrue(gates.decide(input(97, RiskLevel.LOW, false, 0)).autoApply());
    }

    @Test
    void namesEveryFailingGate() {
        GateDecision d = gates.decide(new GateInput(false, 84, RiskLevel.HIGH, true, 3, true, "upgrade", false, true));
        assertFalse(d.autoApply());
        assertEquals(9, d.reasons().size(), d.describe());
        assertTrue(d.describe().contains("confidence 84 < 85"));
    }

    @Test
    void eachGateAloneBlocks() {
        assertFalse(gates.decide(input(84, RiskLevel.LOW, false, 0)).autoApply());
        assertFalse(gates.decide(input(95, RiskLevel.HIGH, false, 0)).autoApply());
        assertFalse(gates.decide(input(95, null, false, 0)).autoApply());
        assertFalse(gates.decide(input(95, RiskLevel.LOW, true, 0)).autoApply());
        assertFalse(gates.decide(input(95, RiskLevel.LOW, false, 3)).autoApply());
        assertFalse(gates.decide(new GateInput(true, 95, RiskLevel.LOW, false, 0, true, null, true, false)).autoApply());
        assertFalse(gates.decide(new GateInput(true, 95, RiskLevel.LOW, false, 0, false, null, false, false)).autoApply());
        assertFalse(gates.decide(new GateInput(true, 95, RiskLevel.LOW, false, 0, false, null, true, true)).autoApply());
    }

    @Test
    void onlyAShortConfidenceMayWaitForEvidenceAndMaintenanceSilences() {
        assertTrue(gates.decide(input(71, RiskLevel.LOW, false, 0)).onlyConfidenceShort());
        assertFalse(gates.decide(input(71, RiskLevel.HIGH, false, 0)).onlyConfidenceShort());
        GateDecision maintenance = gates.decide(new GateInput(true, 95, RiskLevel.LOW, false, 0, false,
                "db upgrade (until 2026-11-23T14:00:00Z)", true, false));
        assertFalse(maintenance.autoApply());
        assertTrue(maintenance.silenced());
        assertTrue(maintenance.describe().contains("db upgrade"), maintenance.describe());
    }

    private static GateInput input(int confidence, RiskLevel risk, boolean inFlight, int recent) {
        return new GateInput(true, confidence, risk, inFlight, recent, false, null, true, false);
    }
}
