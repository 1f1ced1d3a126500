package io.selfhealing.notifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryMathTest {

    @Test
    void backoffDoublesUpToItsCapAndNeverShrinks() {
        Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
        assertEquals(Duration.ofSeconds(2), b.after(1));
        assertEquals(Duration.ofSeconds(4), b.after(2));
        assertEquals(Duration.ofSeconds(8), b.after(3));
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt < 100; attempt++) {
            Duration d = b.after(attempt);
            assertTrue(d.compareTo(previous) >= 0 && d.compareTo(Duration.ofMinutes(5)) <= 0, "attempt " + attempt);
            previous = d;
        }
        assertEquals(Duration.ofMinutes(5), b.after(99));
    }

    @Test
    void signatureIsTheRfc4231HmacSha256() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signature.of("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8), "Jefe"));
    }

    @Test
    void durationsAsAlertmanagerWritesThem() {
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ZERO, Durations.parse("0s"));
        assertEquals(Duration.ofDays(1), Durations.parse("1d"));
        for (String bad : new String[] {"", "10", "m", "5x", "1h 30m", "-1s"}) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad), bad);
        }
    }
}
