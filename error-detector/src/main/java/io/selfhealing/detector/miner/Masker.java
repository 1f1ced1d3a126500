package io.selfhealing.detector.miner;

/**
 * Turns a message into its masked token sequence without allocating: whitespace tokens, variables
 * replaced by {@link Tokens#WILDCARD} (see {@link Tokens#mask}), a size or duration unit after a
 * number joined to it, and runs of variables collapsed into one (so lists of ids of any length
 * make one template). The result stays in reusable buffers with a 64-bit hash of it, the key of
 * the miner's cache; {@link #tokens()} materialises it only on a cache miss. Not thread-safe.
 */
final class Masker {

    private static final String[] UNITS = {"b", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "bytes", "byte",
        "ms", "us", "ns", "s", "sec", "secs", "seconds", "second", "min", "mins", "minutes", "h", "hours", "%"};

    private final int maxTokens;
    private final int maxChars;
    private char[] buf = new char[256];
    private int len;
    private final int[] starts;
    private final int[] ends;
    private int count;
    private long hash;

    Masker(int maxTokens, int maxChars) {
        this.maxTokens = maxTokens;
        this.maxChars = maxChars;
        this.starts = new int[maxTokens];
        this.ends = new int[maxTokens];
    }

    /** Masks {@code s[from, to)}; returns the number of tokens. */
    int mask(String s, int from, int to) {
        int limit = Math.min(to, from + maxChars);
        len = 0;
        count = 0;
        hash = 0x9E3779B97F4A7C15L;
        int i = from;
        boolean lastNumber = false;
        while (i < limit && count < maxTokens) {
            while (i < limit && s.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < limit && s.charAt(i) > ' ') {
                i++;
            }
            if (start == i) {
                break;
            }
            boolean unit = lastNumber && isUnit(s, start, i);
            int at = len;
            if (unit) {
                append(Tokens.WILDCARD);
            } else {
                Tokens.maskInto(this, s, start, i);
            }
            lastNumber = !unit && startsWithWildcard(at) && Character.isDigit(s.charAt(start));
            endToken(at);
        }
        hash = hash ^ (hash >>> 32) ^ count;
        return count;
    }

    private void endToken(int at) {
        boolean wildcard = len - at == Tokens.WILDCARD.length() && startsWithWildcard(at);
        if (wildcard && count > 0 && ends[count - 1] - starts[count - 1] == Tokens.WILDCARD.length()
                && startsWithWildcard(starts[count - 1])) {
            len = at;
            return;
        }
        starts[count] = at;
        ends[count] = len;
        count++;
        for (int i = at; i < len; i++) {
            hash = (hash ^ buf[i]) * 0x100000001B3L;
        }
        hash = (hash ^ 0x1F) * 0xC2B2AE3D27D4EB4FL;
        hash ^= hash >>> 29;
    }

    private boolean startsWithWildcard(int at) {
        String w = Tokens.WILDCARD;
        if (len - at < w.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (buf[at + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnit(String s, int from, int to) {
        int end = to;
        while (end > from && ",;.)]".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        for (String u : UNITS) {
            if (end - from == u.length() && s.regionMatches(true, from, u, 0, u.length())) {
                return true;
            }
        }
        return false;
    }

    void append(char c) {
        if (len == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = c;
    }

    void append(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            append(s.charAt(i));
        }
    }

    void append(String s) {
        append(s, 0, s.length());
    }

    /** Characters appended since {@code at} equal the wildcard. */
    boolean isWildcardFrom(int at) {
        return len - at == Tokens.WILDCARD.length() && startsWithWildcard(at);
    }

    int length() {
        return len;
    }

    void truncate(int at) {
        len = at;
    }

    long hashValue() {
        return hash;
    }

    int count() {
        return count;
    }

    /** The masked tokens as strings (the wildcard as the shared {@link Tokens#WILDCARD} instance). */
    String[] tokens() {
        String[] out = new String[count];
        for (int t = 0; t < count; t++) {
            out[t] = ends[t] - starts[t] == Tokens.WILDCARD.length() && startsWithWildcard(starts[t])
                    ? Tokens.WILDCARD : new String(buf, starts[t], ends[t] - starts[t]);
        }
        return out;
    }

}
