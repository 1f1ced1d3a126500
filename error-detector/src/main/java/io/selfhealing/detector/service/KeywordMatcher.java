package io.selfhealing.detector.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over ASCII, case-insensitive: finds in one pass which of many keywords
 * occur in a line. Each keyword carries the index of the rule it belongs to.
 * <p>
 * A keyword counts only where a word starts (token-aware): at the start of the text, after a
 * character that is not a letter or digit, at a camel-case hump ({@code Read|Timeout},
 * {@code SQL|Exception}) or at a letter/digit change. So {@code timeout} is found in
 * {@code SocketTimeoutException} and {@code refused} in {@code ConnectionRefusedError}, but
 * {@code llm} is not found in {@code fillmore}, {@code ora-1} not in {@code aurora-1},
 * {@code sqlexception} not in {@code PSQLException}'s middle. The end of a keyword is not bounded:
 * keywords are stems ({@code throttl}, {@code timeout} in {@code timeouts}).
 */
final class KeywordMatcher {

    private static final int ALPHABET = 128;

    private final int[][] next;
    private final int[][] outputs;
    private final int[] ruleOf;
    private final int[] lengthOf;

    KeywordMatcher(List<String> keywords, List<Integer> ruleOfKeyword) {
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(newRow());
        out.add(new ArrayList<>());
        for (int k = 0; k < keywords.size(); k++) {
            int state = 0;
            for (char c : keywords.get(k).toCharArray()) {
                int ch = fold(c);
                if (ch < 0) {
                    throw new IllegalArgumentException("keywords must be ASCII: " + keywords.get(k));
                }
                if (trie.get(state)[ch] <= 0) {
                    trie.get(state)[ch] = trie.size();
                    trie.add(newRow());
                    out.add(new ArrayList<>());
                }
                state = trie.get(state)[ch];
            }
            out.get(state).add(k);
        }
        this.ruleOf = ruleOfKeyword.stream().mapToInt(Integer::intValue).toArray();
        this.lengthOf = keywords.stream().mapToInt(String::length).toArray();
        this.next = trie.toArray(new int[0][]);
        this.outputs = new int[next.length][];
        link(out);
    }

    /** Bit set (by rule index) of the rules whose keywords occur in the first {@code limit} chars. */
    long[] matches(CharSequence text, int limit, int rules) {
        long[] hits = new long[(rules + 63) >>> 6];
        int state = 0;
        int n = Math.min(text.length(), limit);
        for (int i = 0; i < n; i++) {
            int ch = fold(text.charAt(i));
            state = ch < 0 ? 0 : next[state][ch];
            for (int k : outputs[state]) {
                if (wordStart(text, i - lengthOf[k] + 1)) {
                    hits[ruleOf[k] >>> 6] |= 1L << ruleOf[k];
                }
            }
        }
        return hits;
    }

    /** Whether a word starts at {@code i}: see the class comment. */
    static boolean wordStart(CharSequence text, int i) {
        if (i <= 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        char cur = text.charAt(i);
        if (!Character.isLetterOrDigit(prev) || !Character.isLetterOrDigit(cur)) {
            return true;
        }
        if (Character.isDigit(prev) != Character.isDigit(cur)) {
            return true;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
            return true;
        }
        return Character.isUpperCase(prev) && Character.isUpperCase(cur) && i + 1 < text.length()
                && Character.isLowerCase(text.charAt(i + 1));
    }

    private void link(List<List<Integer>> out) {
        int[] fail = new int[next.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] > 0) {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            } else {
                next[0][c] = 0;
            }
        }
        outputs[0] = new int[0];
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> merged = new ArrayList<>(out.get(s));
            merged.addAll(Arrays.stream(outputs[fail[s]]).boxed().toList());
            outputs[s] = merged.stream().mapToInt(Integer::intValue).distinct().toArray();
            for (int c = 0; c < ALPHABET; c++) {
                int t = next[s][c];
                if (t > 0) {
                    fail[t] = next[fail[s]][c];
                    queue.add(t);
                } else {
                    next[s][c] = next[fail[s]][c];
                }
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    private static int fold(char c) {
        if (c >= ALPHABET) {
            return -1;
        }
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
