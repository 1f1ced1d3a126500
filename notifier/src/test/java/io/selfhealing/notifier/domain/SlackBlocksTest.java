package io.selfhealing.notifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.selfhealing.events.Evidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackBlocksTest {

    private static Notification.Item item(long id, String message) {
        return new Notification.Item(id, "k" + id, "HIGH", "Fix awaiting approval", message, "shop", "inc-1",
                Instant.EPOCH, Instant.EPOCH, 1, List.of(new Evidence("log", "6 lines of rate_limit", 6)), Map.of(),
                new Notification.Links("http://dash/#incident/inc-1", "http://api/approve", "http://api/reject",
                        "http://n/api/alerts/1/ack", "http://dash/#incident/inc-1", "http://dash/#incident/inc-1"));
    }

    @Test
    void untrustedTextCannotInjectMarkupOrMentions() {
        Notification n = new Notification("n1", "chat", "g", "first", 0, Instant.EPOCH,
                List.of(item(1, "<!channel> <script>alert(1)</script> & <http://evil|click>")));
        String json = SlackBlocks.render(n).toString();
        assertFalse(json.contains("<!channel>"), json);
        assertFalse(json.contains("<script>"), json);
        assertFalse(json.contains("<http://evil"), json);
        assertTrue(json.contains("&lt;!channel&gt;"), json);
    }

    @Test
    void staysWithinSlacksLimitsForLargeGroups() {
        List<Notification.Item> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(item(i, "x".repeat(5000)));
        }
        JsonNode blocks = SlackBlocks.render(new Notification("n", "chat", "g", "first", 0, Instant.EPOCH, many))
                .path("blocks");
        assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
        for (JsonNode b : blocks) {
            assertTrue(b.path("text").path("text").asText().length() <= 3000);
        }
        assertTrue(blocks.get(blocks.size() - 1).toString().contains("30 more alerts"));
        assertEquals("header", blocks.get(0).path("type").asText());
        assertTrue(blocks.get(0).path("text").path("text").asText().length() <= 150);
    }
}
