package io.selfhealing.detector.miner;

/**
 * The generic variable masking, one rule set for every log source (no regular expressions): a
 * token carrying a digit has its digit-carrying segments masked (numbers, IPs, host:port, UUIDs,
 * hex ids, durations, sizes, timestamps; {@code uid=0} becomes {@code uid=<*>}); an absolute path,
 * a URL and an e-mail address become one variable; the value of a {@code key=value} token is a
 * variable.
 */
public final class Tokens {

    /** The variable marker of templates. */
    public static final String WILDCARD = "<*>";

    private Tokens() {
    }

    /** The masked tokens of a message (for tests and tools; the miner masks into reusable buffers). */
    public static String[] tokenize(String content, int maxTokens) {
        Masker m = new Masker(maxTokens, Integer.MAX_VALUE);
        m.mask(content, 0, content.length());
        return m.tokens();
    }

    static void maskInto(Masker out, String s, int from, int to) {
        boolean digit = false;
        int slashes = 0;
        int at = -1;
        int eq = -1;
        boolean colon = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == ':') {
                colon = true;
            } else if (c == '/') {
                slashes++;
            } else if (c == '@' && at < 0) {
                at = i;
            } else if (c == '=' && eq < 0) {
                eq = i;
            }
        }
        if (digit) {
            maskSegments(out, s, from, to);
        } else if ((slashes >= 2 && s.charAt(from) == '/') || (colon && slashes >= 2 && contains(s, from, to, "://"))
                || (at > from && contains(s, at + 2, to - 1, "."))) {
            out.append(WILDCARD);
        } else if (eq > from && eq < to - 1 && Character.isLetter(s.charAt(eq + 1))) {
            out.append(s, from, eq + 1);
            out.append(WILDCARD);
        } else {
            out.append(s, from, to);
        }
    }

    /** True when {@code part} occurs within {@code s[from, to)}, without allocating a substring. */
    public static boolean contains(String s, int from, int to, String part) {
        int last = to - part.length();
        for (int i = from; i <= last; i++) {
            if (s.startsWith(part, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Masks the digit-carrying segments of a token (segments end at {@code = : , ; | ( ) [ ] { } ' " #}),
     * so {@code uid=0} becomes {@code uid=<*>}; adjacent masked segments collapse into one marker.
     */
    private static void maskSegments(Masker out, String s, int from, int to) {
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

    /** True when the token is a variable. */
    public static boolean isVariable(String token) {
        return token == WILDCARD;
    }
}
