package io.selfhealing.fix.domain;

/** A command fix-engineer will not carry out; the message says why and becomes the failed result. */
public class FixRefused extends RuntimeException {

    public FixRefused(String reason) {
        super(reason);
    }
}
