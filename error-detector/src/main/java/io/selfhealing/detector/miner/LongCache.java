package io.selfhealing.detector.miner;

import java.util.Arrays;

/**
 * 64-bit key → template, open addressing, no allocation per lookup. Bounded: when it reaches its
 * capacity it is emptied (entries are only a shortcut; the parse tree still knows every template).
 */
final class LongCache {

    private final int capacity;
    private long[] keys;
    private LogTemplate[] values;
    private int size;

    LongCache(int capacity) {
        this.capacity = capacity;
        int slots = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[slots];
        values = new LogTemplate[slots];
    }

    LogTemplate get(long key) {
        int mask = keys.length - 1;
        for (int i = spread(key) & mask; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    void put(long key, LogTemplate value) {
        if (size >= capacity) {
            Arrays.fill(values, null);
            size = 0;
        }
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    int size() {
        return size;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
