package io.selfhealing.detector.miner;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into whitespace tokens and masks the generic variables (anything carrying a
 * digit: numbers, IPs, host:port, UUIDs, hex ids, durations, timestamps; absolute paths). One rule
 * set for every log source, no regular expressions on the hot path.
 */
public final class Tokens {

    /** The variable marker of templates. */
    public static final String WILDCARD = "<*>";

    private Tokens() {
    }

    public static String[] tokenize(String content, int maxTokens) {
        List<String> out = new ArrayList<>(16);
        int n = content.length();
        int i = 0;
        while (i < n) {
            while (i < n && content.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < n && content.charAt(i) > ' ') {
                i++;
            }
            if (start < i) {
                if (out.size() == maxTokens - 1) {
                    out.add(mask(content, start, n));
                    break;
                }
                out.add(mask(content, start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    static String mask(String s, int from, int to) {
        int slashes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return WILDCARD;
            }
            if (c == '/') {
                slashes++;
            }
        }
        if (slashes >= 2 && s.charAt(from) == '/') {
            return WILDCARD;
        }
        return s.substring(from, to);
    }

    /** True when the token is a variable (masked already or holding a digit). */
    public static boolean isVariable(String token) {
        return token == WILDCARD;
    }
}
