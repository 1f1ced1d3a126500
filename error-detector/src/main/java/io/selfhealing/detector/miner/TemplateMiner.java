package io.selfhealing.detector.miner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online template miner. A message is masked ({@link Masker}: generic variables, units, runs of
 * variables) and looked up by the hash of its masked token sequence (the cache, as LILAC caches
 * parsed templates): a known sequence costs no allocation. A new sequence goes the Drain way: the
 * token count and the first tokens choose a bucket, the line joins the template of the bucket with
 * the most equal constant tokens when their share reaches the similarity, and the differing
 * positions become variables; a template that kept a word over {@code freezeAfter} lines never turns
 * it into a variable. Memory is bounded: at most {@code maxTemplates} templates (the least recently
 * seen is dropped) and a cache of four entries per template. Not thread-safe: callers serialise.
 */
public final class TemplateMiner {

    private final MinerSettings settings;
    private final Masker masker;
    private final LongCache cache;
    private final Map<String, List<LogTemplate>> buckets = new HashMap<>();
    private LogTemplate newest;
    private LogTemplate oldest;
    private int size;
    private int nextId;

    public TemplateMiner(MinerSettings settings) {
        this.settings = settings;
        this.masker = new Masker(settings.maxTokens(), settings.maxChars());
        this.cache = new LongCache(settings.maxTemplates() * 4);
    }

    public TemplateMiner() {
        this(MinerSettings.defaults());
    }

    /** Adds one message and returns the template it now belongs to. */
    public LogTemplate add(String content) {
        return add(content, 0, content.length());
    }

    /** Adds the message {@code s[from, to)}. */
    public LogTemplate add(String s, int from, int to) {
        masker.mask(s, from, to);
        long key = masker.hashValue();
        LogTemplate known = cache.get(key);
        if (known != null) {
            known = known.resolve();
        }
        if (known != null && !known.dropped) {
            known.hit();
            touch(known);
            return known;
        }
        LogTemplate t = addNew(masker.tokens());
        cache.put(key, t);
        return t;
    }

    public MinerSettings settings() {
        return settings;
    }

    /** Templates held now (at most {@code maxTemplates}). */
    public int size() {
        return size;
    }

    public List<LogTemplate> templates() {
        List<LogTemplate> all = new ArrayList<>(size);
        for (LogTemplate t = newest; t != null; t = t.older) {
            all.add(t);
        }
        return all;
    }

    private LogTemplate addNew(String[] tokens) {
        String key = bucketKey(tokens);
        List<LogTemplate> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
        LogTemplate best = bestMatch(bucket, tokens);
        if (best != null && (fits(best.tokens(), tokens) || thirdValue(bucket, best, tokens))) {
            best.add(merge(best.tokens(), tokens));
            absorbSiblings(bucket, best);
            touch(best);
            return best;
        }
        if (size >= settings.maxTemplates()) {
            drop(oldest);
            bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
        }
        LogTemplate created = new LogTemplate(nextId++, tokens);
        created.add(tokens);
        created.bucket = bucket;
        created.bucketKey = key;
        bucket.add(created);
        size++;
        touch(created);
        return created;
    }

    /** The line differs from the template only where it has variables. */
    private static boolean fits(String[] template, String[] tokens) {
        for (int i = 0; i < template.length; i++) {
            if (!Tokens.isVariable(template[i]) && !template[i].equals(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line brings a third value where it differs from the template: another template of
     * the bucket equals both elsewhere and has yet another word there. Two words in one place are
     * as often an enumeration (start/end, bytes/values: two events) as data; a third one shows a
     * variable.
     */
    private static boolean thirdValue(List<LogTemplate> bucket, LogTemplate best, String[] tokens) {
        for (LogTemplate sibling : bucket) {
            if (sibling != best && sibling(best.tokens(), sibling.tokens(), tokens)) {
                return true;
            }
        }
        return false;
    }

    /** {@code other} agrees with {@code template} where the line does, and has a third word where it does not. */
    private static boolean sibling(String[] template, String[] other, String[] tokens) {
        boolean third = false;
        for (int i = 0; i < template.length; i++) {
            boolean lineDiffers = !Tokens.isVariable(template[i]) && !template[i].equals(tokens[i]);
            if (lineDiffers) {
                third |= !other[i].equals(template[i]) && !other[i].equals(tokens[i]);
            } else if (!Tokens.isVariable(template[i]) && !Tokens.isVariable(other[i]) && !other[i].equals(template[i])) {
                return false;
            }
        }
        return third;
    }

    /** Templates of the bucket that the generalised template now covers join it (their lines keep their ids). */
    private void absorbSiblings(List<LogTemplate> bucket, LogTemplate best) {
        for (int i = bucket.size() - 1; i >= 0; i--) {
            LogTemplate other = bucket.get(i);
            if (other != best && fits(best.tokens(), other.tokens())) {
                best.absorb(other);
                drop(other);
            }
        }
    }

    private String bucketKey(String[] tokens) {
        StringBuilder key = new StringBuilder().append(tokens.length);
        for (int i = 0; i < Math.min(settings.prefixTokens(), tokens.length); i++) {
            key.append('\u0001').append(tokens[i]);
        }
        return key.toString();
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
                if (Tokens.isVariable(t[i])) {
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

    /** Moves a template to the newest end of the recency list. */
    private void touch(LogTemplate t) {
        if (t == newest) {
            return;
        }
        unlink(t);
        t.older = newest;
        t.newer = null;
        if (newest != null) {
            newest.newer = t;
        }
        newest = t;
        if (oldest == null) {
            oldest = t;
        }
    }

    private void unlink(LogTemplate t) {
        if (t.newer != null) {
            t.newer.older = t.older;
        }
        if (t.older != null) {
            t.older.newer = t.newer;
        }
        if (oldest == t) {
            oldest = t.newer;
        }
        if (newest == t) {
            newest = t.older;
        }
        t.newer = null;
        t.older = null;
    }

    private void drop(LogTemplate t) {
        unlink(t);
        t.dropped = true;
        t.bucket.remove(t);
        if (t.bucket.isEmpty()) {
            buckets.remove(t.bucketKey);
        }
        t.bucket = null;
        size--;
    }
}
