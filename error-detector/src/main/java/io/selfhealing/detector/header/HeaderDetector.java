package io.selfhealing.detector.header;

/**
 * Learns the header layout of one stream from its first lines and tells where the message of each
 * line starts. The first {@value #LEARN_LINES} record lines (lines not starting with a blank) are
 * split into leading fields and each field is typed ({@link FieldType}); the header is the longest
 * run of leading positions whose type is the same on at least {@value #STABLE} of the lines,
 * ending at a position after which a header can end (a number or timestamp part, a level, a
 * bracketed field, a {@code name:} prefix, a separator, or a padded / {@code |}-separated column),
 * and never past the first {@code name:} or a quoted string. A line's message starts after the
 * last header field it matches, so a line that only partly fits loses only what fits. When most of
 * the last {@value #CHECK_WINDOW} lines stop fitting, a layout is learned again from the next
 * lines (the old one stays in use meanwhile) and replaces the old one only if more of those lines
 * fit it. Not thread-safe.
 */
public final class HeaderDetector implements HeaderSplit {

    /** Lines a layout is learned from: enough that one dominant message cannot pass for the header. */
    static final int LEARN_LINES = 64;
    /** Share of the lines a position must have the same type in: headers are on (nearly) every line. */
    static final double STABLE = 0.9;
    static final int CHECK_WINDOW = 256;

    private final Fields fields = new Fields();
    private Sample sample = new Sample();
    private int[] types;
    private boolean[] terminal;
    private int checked;
    private int misfits;
    private int end;

    @Override
    public int start(String line) {
        end = line.length();
        return contentStart(line);
    }

    @Override
    public int end() {
        return end;
    }

    /** True once a layout was learned (it may be empty: lines without a header). */
    @Override
    public boolean ready() {
        return types != null;
    }

    /** Takes a line into the learning sample while one is collected; learns at {@value #LEARN_LINES} lines. */
    @Override
    public void learn(String line) {
        if (sample == null || line.isEmpty() || line.charAt(0) <= ' ') {
            return;
        }
        int n = fields.scan(line, Fields.MAX);
        sample.add(fields, n);
        if (sample.size == LEARN_LINES) {
            learnNow();
        }
    }

    /** Learns the layout from the lines sampled so far (none: no header). */
    @Override
    public void learnNow() {
        if (sample == null) {
            return;
        }
        Layout layout = sample.layout();
        if (types == null || sample.fitting(layout.types) > sample.fitting(types)) {
            types = layout.types;
            terminal = layout.terminal;
        }
        sample = null;
        checked = 0;
        misfits = 0;
    }

    /** Where the message of {@code line} starts (0 when no header is known or the line has none). */
    public int contentStart(String line) {
        if (types == null || types.length == 0 || line.isEmpty() || line.charAt(0) <= ' ') {
            return 0;
        }
        int n = fields.scan(line, types.length);
        int cut = 0;
        int p = 0;
        for (; p < n && FieldType.fits(types[p], fields.type[p]); p++) {
            if (terminal[p]) {
                cut = fields.next[p];
            }
        }
        watch(p == types.length, line);
        return cut;
    }

    private void watch(boolean fits, String line) {
        if (sample != null) {
            learn(line);
            return;
        }
        misfits += fits ? 0 : 1;
        if (++checked == CHECK_WINDOW) {
            if (misfits * 2 > CHECK_WINDOW) {
                sample = new Sample();
            }
            checked = 0;
            misfits = 0;
        }
    }

    /** The learned header as text, for logs and tests: one type name per field, {@code |} after terminals. */
    public String describe() {
        if (types == null) {
            return "(learning)";
        }
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < types.length; p++) {
            b.append(p == 0 ? "" : " ").append(FieldType.name(types[p])).append(terminal[p] ? "|" : "");
        }
        return b.toString();
    }

    private record Layout(int[] types, boolean[] terminal) {
    }

    /** The typed leading fields of the sampled lines. */
    private static final class Sample {
        private final int[][] types = new int[LEARN_LINES][Fields.MAX];
        private final boolean[][] columns = new boolean[LEARN_LINES][Fields.MAX];
        private final int[] counts = new int[LEARN_LINES];
        private int size;

        void add(Fields f, int n) {
            System.arraycopy(f.type, 0, types[size], 0, n);
            System.arraycopy(f.column, 0, columns[size], 0, n);
            counts[size++] = n;
        }

        Layout layout() {
            int[] layoutTypes = new int[Fields.MAX];
            boolean[] layoutTerminal = new boolean[Fields.MAX];
            int header = 0;
            for (int p = 0; p < Fields.MAX && size > 0; p++) {
                int type = dominant(p);
                if (type < 0 || type == FieldType.QUOTED) {
                    break;
                }
                layoutTypes[p] = type;
                layoutTerminal[p] = FieldType.terminal(type, columnShare(p) >= STABLE);
                header = layoutTerminal[p] ? p + 1 : header;
                if (type == FieldType.NAME) {
                    break;
                }
            }
            return new Layout(java.util.Arrays.copyOf(layoutTypes, header), java.util.Arrays.copyOf(layoutTerminal, header));
        }

        /** Sampled lines whose leading fields fit the whole layout. */
        int fitting(int[] layout) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                boolean fits = counts[i] >= layout.length;
                for (int p = 0; fits && p < layout.length; p++) {
                    fits = FieldType.fits(layout[p], types[i][p]);
                }
                n += fits ? 1 : 0;
            }
            return n;
        }

        /** The type most lines have at position p when at least {@link #STABLE} of them fit it, else -1. */
        private int dominant(int p) {
            int[] perType = new int[FieldType.TEXT + 1];
            for (int i = 0; i < size; i++) {
                if (counts[i] > p) {
                    perType[types[i][p]]++;
                }
            }
            int best = 0;
            for (int t = 1; t < perType.length; t++) {
                best = perType[t] > perType[best] ? t : best;
            }
            int fitting = 0;
            for (int t = 0; t < perType.length; t++) {
                fitting += FieldType.fits(best, t) ? perType[t] : 0;
            }
            return fitting >= STABLE * size ? best : -1;
        }

        private double columnShare(int p) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                n += counts[i] > p && columns[i][p] ? 1 : 0;
            }
            return (double) n / size;
        }
    }
}
