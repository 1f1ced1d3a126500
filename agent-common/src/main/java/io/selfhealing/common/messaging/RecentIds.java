package io.selfhealing.common.messaging;

/**
 * A bounded memory of event ids already handled, for consumers where a repeat is harmless to
 * recompute but should not be re-published (the oldest id is forgotten first). Durable idempotency
 * (fixes, backups, incidents) is kept where the state lives.
 *
 * <p>It is on the error-detector's per-line path, so it keeps no object per id: a 64-bit
 * fingerprint of each id (FNV-1a) in an open-addressing table plus a ring of them in arrival order,
 * two {@code long} arrays of fixed size (24 to 40 bytes per remembered id) that the garbage collector
 * never has to trace. Two different ids share a fingerprint with probability about n²/2⁶⁵ among n ids
 * (10⁻¹⁰ for 100,000), and then the later one would be taken for a repeat.
 */
public final class RecentIds {

    private final long[] table;
    private final long[] ring;
    private final int mask;
    private int next;
    private int size;

    public RecentIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.ring = new long[capacity];
        this.table = new long[Integer.highestOneBit(capacity) << 2]; // load factor <= 1/2
        this.mask = table.length - 1;
    }

    /** True the first time an id is seen, false on every repeat. */
    public synchronized boolean firstTime(String id) {
        long fingerprint = fingerprint(id);
        int i = home(fingerprint);
        while (table[i] != 0) {
            if (table[i] == fingerprint) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == ring.length) {
            remove(ring[next]);
        } else {
            size++;
        }
        insert(fingerprint);
        ring[next] = fingerprint;
        next = next + 1 == ring.length ? 0 : next + 1;
        return true;
    }

    private void insert(long fingerprint) {
        int i = home(fingerprint);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = fingerprint;
    }

    /** Removes by shifting the rest of its probe run back (no tombstones, so lookups stay short). */
    private void remove(long fingerprint) {
        int hole = home(fingerprint);
        while (table[hole] != fingerprint) {
            hole = (hole + 1) & mask;
        }
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (table[j] == 0) {
                break;
            }
            int k = home(table[j]);
            boolean staysAfterHole = hole <= j ? hole < k && k <= j : hole < k || k <= j;
            if (!staysAfterHole) {
                table[hole] = table[j];
                hole = j;
            }
        }
        table[hole] = 0;
    }

    private int home(long fingerprint) {
        long h = fingerprint * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** FNV-1a over the id's characters; never 0 (0 marks an empty slot). */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
