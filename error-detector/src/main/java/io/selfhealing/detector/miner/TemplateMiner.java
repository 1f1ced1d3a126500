package io.selfhealing.detector.miner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online template miner of the Drain family: a fixed-depth parse tree (token count, then the
 * first tokens) leads to a small list of templates; a line joins the most similar template when
 * the share of equal constant tokens reaches the threshold, and the differing positions become
 * variables. Not thread-safe: callers serialise access.
 */
public final class TemplateMiner {

    private final MinerSettings settings;
    private final Map<Integer, Node> byLength = new HashMap<>();
    private final List<LogTemplate> templates = new ArrayList<>();

    public TemplateMiner(MinerSettings settings) {
        this.settings = settings;
    }

    public TemplateMiner() {
        this(MinerSettings.defaults());
    }

    /** Adds one message and returns the template it now belongs to. */
    public LogTemplate add(String content) {
        String[] tokens = Tokens.tokenize(content, settings.maxTokens());
        Node leaf = leafFor(tokens);
        LogTemplate best = bestMatch(leaf.templates, tokens);
        if (best == null) {
            best = new LogTemplate(templates.size(), tokens);
            templates.add(best);
            leaf.templates.add(best);
            best.add(tokens);
        } else {
            best.add(merge(best.tokens(), tokens));
        }
        return best;
    }

    /** Adds the message {@code s[from, to)}. */
    public LogTemplate add(String s, int from, int to) {
        return add(from == 0 && to == s.length() ? s : s.substring(from, to));
    }

    public MinerSettings settings() {
        return settings;
    }

    public int size() {
        return templates.size();
    }

    public List<LogTemplate> templates() {
        return List.copyOf(templates);
    }

    private Node leafFor(String[] tokens) {
        Node node = byLength.computeIfAbsent(tokens.length, k -> new Node());
        int layers = Math.min(settings.depth() - 2, tokens.length);
        for (int i = 0; i < layers; i++) {
            node = node.child(tokens[i], settings.maxChildren());
        }
        return node;
    }

    private LogTemplate bestMatch(List<LogTemplate> candidates, String[] tokens) {
        LogTemplate best = null;
        double bestSim = -1;
        int bestVars = -1;
        for (LogTemplate candidate : candidates) {
            String[] t = candidate.tokens();
            int equal = 0;
            int params = 0;
            boolean frozen = candidate.size() >= settings.freezeAfter();
            for (int i = 0; i < t.length && equal >= 0; i++) {
                if (Tokens.hasWildcard(t[i]) && (Tokens.isVariable(t[i]) || Tokens.hasWildcard(tokens[i]))) {
                    params++;
                } else if (t[i].equals(tokens[i])) {
                    equal++;
                } else if (frozen) {
                    equal = -1;
                }
            }
            double sim = equal < 0 ? -1 : t.length == params ? 1 : (double) equal / (t.length - params);
            if (sim > bestSim || (sim == bestSim && params > bestVars)) {
                best = candidate;
                bestSim = sim;
                bestVars = params;
            }
        }
        return bestSim >= settings.similarity() ? best : null;
    }

    private static String[] merge(String[] template, String[] tokens) {
        String[] merged = null;
        for (int i = 0; i < template.length; i++) {
            if (!Tokens.isVariable(template[i]) && !template[i].equals(tokens[i])) {
                if (merged == null) {
                    merged = template.clone();
                }
                merged[i] = Tokens.WILDCARD;
            }
        }
        return merged == null ? template : merged;
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final List<LogTemplate> templates = new ArrayList<>();

        Node child(String token, int maxChildren) {
            Node next = children.get(token);
            if (next != null) {
                return next;
            }
            if (Tokens.isVariable(token) || children.size() >= maxChildren - 1) {
                return children.computeIfAbsent(Tokens.WILDCARD, k -> new Node());
            }
            next = new Node();
            children.put(token, next);
            return next;
        }
    }
}
