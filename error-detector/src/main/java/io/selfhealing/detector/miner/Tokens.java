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
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                break;
            }
            if (c == '/') {
                slashes++;
            }
        }
        if (!digit) {
            return slashes >= 2 && s.charAt(from) == '/' ? WILDCARD : s.substring(from, to);
        }
        return maskSegments(s, from, to);
    }

    /**
     * Masks the digit-carrying segments of a token (segments end at {@code = : , ; | ( ) [ ] { } ' " #}),
     * so {@code uid=0} becomes {@code uid=<*>}; adjacent masked segments collapse into one marker.
     */
    private static String maskSegments(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean lastMasked = false;
        int pendingDelims = -1;
        int i = from;
        while (i < to) {
            int segEnd = i;
            boolean digit = false;
            while (segEnd < to && !isDelimiter(s.charAt(segEnd))) {
                char c = s.charAt(segEnd++);
                digit |= c >= '0' && c <= '9';
            }
            int delimEnd = segEnd;
            while (delimEnd < to && isDelimiter(s.charAt(delimEnd))) {
                delimEnd++;
            }
            if (digit) {
                if (!lastMasked) {
                    if (pendingDelims >= 0) {
                        out.append(s, pendingDelims, i);
                    }
                    out.append(WILDCARD);
                }
                lastMasked = true;
            } else {
                if (pendingDelims >= 0) {
                    out.append(s, pendingDelims, i);
                }
                out.append(s, i, segEnd);
                lastMasked = segEnd == i && lastMasked;
            }
            pendingDelims = segEnd;
            i = delimEnd;
        }
        if (pendingDelims >= 0 && pendingDelims < to) {
            out.append(s, pendingDelims, to);
        }
        return out.length() == WILDCARD.length() && WILDCARD.contentEquals(out) ? WILDCARD : out.toString();
    }

    private static boolean isDelimiter(char c) {
        return switch (c) {
            case '=', ':', ',', ';', '|', '(', ')', '[', ']', '{', '}', '\'', '"', '#' -> true;
            default -> false;
        };
    }

    /** True when the token is or embeds a variable ({@code uid=<*>}): it does not count as equal text. */
    static boolean hasWildcard(String token) {
        return token == WILDCARD || token.contains(WILDCARD);
    }

    /** True when the token is a variable (masked already or holding a digit). */
    public static boolean isVariable(String token) {
        return token == WILDCARD;
    }
}
