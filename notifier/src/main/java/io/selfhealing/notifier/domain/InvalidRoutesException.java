package io.selfhealing.notifier.domain;

import java.util.List;

/** The routes file is wrong; the message lists every problem with the entry and field it is about. */
public class InvalidRoutesException extends RuntimeException {

    private final List<String> problems;

    public InvalidRoutesException(List<String> problems) {
        super("invalid routes file:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
