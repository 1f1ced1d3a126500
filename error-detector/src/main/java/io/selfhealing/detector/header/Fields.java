package io.selfhealing.detector.header;

/**
 * The leading fields of one line, scanned without allocation into reusable arrays: where each
 * field starts and ends, its {@link FieldType} and what separates it from the next one. A field
 * ends at whitespace or {@code |}; a field opening with {@code [} runs to its closing bracket and
 * one opening with {@code "} to its closing quote, spaces included. Not thread-safe: one per caller.
 */
final class Fields {

    /** Leading fields looked at: headers are short, the message follows. */
    static final int MAX = 16;
    /** Characters scanned for the header at most. */
    static final int SCAN = 400;

    final int[] start = new int[MAX];
    final int[] end = new int[MAX];
    final int[] type = new int[MAX];
    /** Offset of the next field (separator skipped). */
    final int[] next = new int[MAX];
    /** True when the field is followed by a run of 2+ blanks or a {@code |}: a column of the layout. */
    final boolean[] column = new boolean[MAX];
    int count;

    /** Scans at most {@code fields} fields of {@code s}; returns the number found. */
    int scan(String s, int fields) {
        int limit = Math.min(s.length(), SCAN);
        int max = Math.min(fields, MAX);
        int i = skipBlanks(s, 0, limit);
        count = 0;
        while (i < limit && count < max) {
            int e = fieldEnd(s, i, limit);
            start[count] = i;
            end[count] = e;
            type[count] = FieldType.of(s, i, e);
            int blanks = skipBlanks(s, e, limit);
            boolean pipe = blanks < limit && s.charAt(blanks) == '|';
            column[count] = pipe || blanks - e >= 2;
            next[count] = pipe ? skipBlanks(s, blanks + 1, limit) : blanks;
            count++;
            if (e == i) {
                break;
            }
            i = next[count - 1];
        }
        return count;
    }

    private static int fieldEnd(String s, int i, int limit) {
        char open = s.charAt(i);
        if (open == '[' || open == '"') {
            char close = open == '[' ? ']' : '"';
            int depth = 0;
            for (int j = i + 1; j < limit; j++) {
                char c = s.charAt(j);
                if (c == open && open == '[') {
                    depth++;
                } else if (c == close && depth-- == 0) {
                    return wordEnd(s, j + 1, limit);
                }
            }
        }
        return wordEnd(s, i, limit);
    }

    private static int wordEnd(String s, int i, int limit) {
        while (i < limit) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '|') {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipBlanks(String s, int i, int limit) {
        while (i < limit && s.charAt(i) <= ' ' && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
