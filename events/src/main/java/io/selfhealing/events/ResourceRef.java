package io.selfhealing.events;

/**
 * A resource a fix touches. {@code kind} says how to read it: {@code git-file} means {@code path}
 * relative to the git work tree at {@code location}.
 */
public record ResourceRef(String kind, String location, String path) {

    public static final String GIT_FILE = "git-file";

    public String describe() {
        return kind + ":" + location + "/" + path;
    }
}
