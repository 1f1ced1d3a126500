package io.selfhealing.detector.header;

/** Where the message of a line starts and ends: learned per stream, or declared for the target. */
public interface HeaderSplit {

    /** False while the layout is still being learned (the caller holds lines back). */
    boolean ready();

    /** Offers a line to learning while not ready. */
    void learn(String line);

    /** Stops learning now and uses what was learned. */
    void learnNow();

    /** Start of the message in {@code line}; {@link #end} tells its end afterwards. */
    int start(String line);

    /** End of the message of the line last passed to {@link #start}. */
    int end();
}
