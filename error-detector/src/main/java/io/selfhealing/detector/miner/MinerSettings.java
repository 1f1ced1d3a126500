package io.selfhealing.detector.miner;

/**
 * Parameters of the Drain-style parse tree; one generic setting for every log source.
 *
 * @param depth       depth of the tree: the length layer plus {@code depth - 2} leading-token layers
 * @param similarity  share of equal constant tokens (variables left out) a line needs to join a template
 * @param maxChildren children per inner node before further tokens share the wildcard child
 * @param maxTokens   tokens of a line considered at most (the rest joins the last token)
 * @param freezeAfter lines after which a template gets no new variables: a word that stayed the
 *                    same over that many lines is message text, so a line differing there is
 *                    another event
 * @param maxTemplates templates kept at most (least recently seen dropped first)
 */
public record MinerSettings(int depth, double similarity, int maxChildren, int maxTokens, int freezeAfter,
        int maxTemplates) {

    public static MinerSettings defaults() {
        return new MinerSettings(4, 0.6, 100, 200, 100, 5_000);
    }

    public MinerSettings withMaxTemplates(int max) {
        return new MinerSettings(depth, similarity, maxChildren, maxTokens, freezeAfter, max);
    }
}
