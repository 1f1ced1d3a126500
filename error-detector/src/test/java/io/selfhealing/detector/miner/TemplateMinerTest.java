package io.selfhealing.detector.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TemplateMinerTest {

    private final TemplateMiner miner = new TemplateMiner();

    @Test
    void groupsConnectionRefusedToDifferentAddresses() {
        LogTemplate a = miner.add("Connection to 10.0.0.7:5432 refused");
        LogTemplate b = miner.add("Connection to 10.0.0.9:5432 refused");
        assertSame(a, b);
        assertEquals(2, b.size());
        assertEquals("Connection to <*> refused", b.text());
    }

    @Test
    void keepsDifferentMessagesApart() {
        LogTemplate refused = miner.add("Connection to 10.0.0.7:5432 refused");
        LogTemplate closed = miner.add("Session opened for user alice by admin");
        assertNotEquals(refused.clusterId(), closed.clusterId());
    }

    @Test
    void aThirdWordInOnePlaceMakesItAVariableAndTheEarlierTemplatesJoin() {
        LogTemplate first = miner.add("Invalid user webmaster from 173.234.31.186");
        LogTemplate second = miner.add("Invalid user test from 173.234.31.186");
        assertNotEquals(first.clusterId(), second.clusterId(), "two words in one place may be two events");
        LogTemplate third = miner.add("Invalid user admin from 10.0.0.1");
        assertEquals("Invalid user <*> from <*>", third.text());
        assertSame(third, first.resolve());
        assertSame(third, second.resolve());
        assertEquals(3, third.size());
        assertSame(third, miner.add("Invalid user oracle from 10.0.0.2"));
    }

    @Test
    void twoWordsInOnePlaceStayTwoEvents() {
        LogTemplate started = miner.add("Starting TrustedInstaller initialization.");
        LogTemplate ended = miner.add("Starting TrustedInstaller finalization.");
        assertNotEquals(started.clusterId(), ended.clusterId());
        assertSame(started, miner.add("Starting TrustedInstaller initialization."));
    }

    @Test
    void templateIdIsDerivedFromTheTextAndStableAcrossMiners() {
        String id = miner.add("Connection to 10.0.0.7:5432 refused").stableId();
        assertEquals(id, new TemplateMiner().add("Connection to 10.0.0.9:5432 refused").stableId());
    }

    @Test
    void masksGenericVariables() {
        String[] tokens = Tokens.tokenize("took 35ms id=9f8e7d6c uuid 123e4567-e89b-12d3-a456-426614174000 "
                + "at /var/log/app.log host db-1:5432", 200);
        assertEquals("took <*> id=<*> uuid <*> at <*> host <*>", String.join(" ", tokens));
    }

    @Test
    void handlesEmptyAndHugeLines() {
        assertEquals("", miner.add("").text());
        assertEquals(1, miner.add("x".repeat(1_000_000)).size());
    }
}
