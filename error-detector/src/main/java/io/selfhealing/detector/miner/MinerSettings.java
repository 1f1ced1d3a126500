package io.selfhealing.detector.miner;

/**
 * Parameters of the template miner; one generic setting for every log source.
 *
 * @param prefixTokens leading tokens that, with the token count, choose the bucket of candidate templates
 * @param similarity   share of equal constant tokens (variables left out) a line needs to join a template
 * @param maxTokens    tokens of a message considered at most (the rest is ignored)
 * @param freezeAfter  lines after which a template gets no new variables: a word that stayed the
 *                     same over that many lines is message text, so a line differing there is
 *                     another event
 * @param maxTemplates templates kept at most (least recently seen dropped first)
 * @param maxChars     characters of a message considered at most
 */
public record MinerSettings(int prefixTokens, double similarity, int maxTokens, int freezeAfter, int maxTemplates,
        int maxChars) {

    public static MinerSettings defaults() {
        return new MinerSettings(2, 0.7, 100, 100, 5_000, 2_048);
    }

    public MinerSettings withMaxTemplates(int max) {
        return new MinerSettings(prefixTokens, similarity, maxTokens, freezeAfter, max, maxChars);
    }

    public MinerSettings withSimilarity(double s) {
        return new MinerSettings(prefixTokens, s, maxTokens, freezeAfter, maxTemplates, maxChars);
    }
}
