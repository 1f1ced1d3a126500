package io.selfhealing.detector.service;

import io.selfhealing.detector.domain.CategoryRule;
import io.selfhealing.detector.domain.ParsedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigns an error category to a line: one Aho-Corasick pass finds every rule whose keyword
 * occurs, then the first rule (in file order) whose level scope and confirming pattern agree wins.
 * Lines without an error category (INFO noise) get null. Thread-safe and allocation-light.
 */
public final class LineCategoriser {

    /** Only the start of a very long line is examined: the cost per line stays bounded. */
    public static final int SCAN_LIMIT = 16 * 1024;

    private final List<CategoryRule> rules;
    private final KeywordMatcher matcher;
    private final long[] keywordless;

    public LineCategoriser(List<CategoryRule> rules) {
        if (rules.size() > 1024) {
            throw new IllegalArgumentException("at most 1024 category rules");
        }
        this.rules = List.copyOf(rules);
        List<String> keywords = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        this.keywordless = new long[(rules.size() + 63) >>> 6];
        for (int r = 0; r < rules.size(); r++) {
            for (String k : rules.get(r).keywords()) {
                keywords.add(k);
                owners.add(r);
            }
            if (rules.get(r).keywords().isEmpty()) {
                keywordless[r >>> 6] |= 1L << r;
            }
        }
        this.matcher = new KeywordMatcher(keywords, owners);
    }

    /** The matching rule, or null when the line is not an error of any category. */
    public CategoryRule categorise(ParsedLine line) {
        String text = line.text();
        long[] hits = matcher.matches(text, SCAN_LIMIT, rules.size());
        for (int w = 0; w < hits.length; w++) {
            long bits = hits[w] | keywordless[w];
            while (bits != 0) {
                int r = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                CategoryRule rule = rules.get(r);
                if (rule.scope().admits(line.level()) && rule.confirms(bounded(text))) {
                    return rule;
                }
            }
        }
        return null;
    }

    public List<CategoryRule> rules() {
        return rules;
    }

    private static CharSequence bounded(String text) {
        return text.length() <= SCAN_LIMIT ? text : text.subSequence(0, SCAN_LIMIT);
    }
}
