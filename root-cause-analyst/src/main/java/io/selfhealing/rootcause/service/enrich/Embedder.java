package io.selfhealing.rootcause.service.enrich;

/** Text → unit-length vector. */
@FunctionalInterface
public interface Embedder {

    float[] embed(String text);
}
