package io.selfhealing.common.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void remembersUpToItsCapacityAndForgetsTheOldestFirst() {
        RecentIds ids = new RecentIds(2);
        assertTrue(ids.firstTime("a"));
        assertFalse(ids.firstTime("a"));
        assertTrue(ids.firstTime("b"));
        assertTrue(ids.firstTime("c"));
        assertTrue(ids.firstTime("a"), "evicted ids count as new");
        assertFalse(ids.firstTime("c"));
    }

    /** Against a plain model (a set plus a FIFO of the same capacity) over a long random sequence with repeats. */
    @Test
    void answersExactlyAsABoundedFirstInFirstOutSetDoes() {
        for (int capacity : new int[] {1, 3, 64, 1000}) {
            RecentIds ids = new RecentIds(capacity);
            Set<String> model = new HashSet<>();
            ArrayDeque<String> order = new ArrayDeque<>();
            Random random = new Random(capacity);
            String[] pool = new String[capacity * 3];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8), (byte) capacity}).toString();
            }
            for (int step = 0; step < 200_000; step++) {
                String id = pool[random.nextInt(pool.length)];
                boolean expected = !model.contains(id);
                if (expected) {
                    if (order.size() == capacity) {
                        model.remove(order.removeFirst());
                    }
                    model.add(id);
                    order.addLast(id);
                }
                assertEquals(expected, ids.firstTime(id), "capacity " + capacity + ", step " + step + ", id " + id);
            }
        }
    }

    @Test
    void aMillionDistinctIdsAreEachNewOnce() {
        RecentIds ids = new RecentIds(100_000);
        for (int i = 0; i < 1_000_000; i++) {
            assertTrue(ids.firstTime("evt-" + i));
        }
        assertFalse(ids.firstTime("evt-999999"));
        assertTrue(ids.firstTime("evt-0"), "long forgotten");
    }

    @Test
    void refusesAnEmptyMemory() {
        assertThrows(IllegalArgumentException.class, () -> new RecentIds(0));
    }
}
