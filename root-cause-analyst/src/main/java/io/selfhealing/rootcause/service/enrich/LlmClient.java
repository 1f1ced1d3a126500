package io.selfhealing.rootcause.service.enrich;

/** A chat model: one system and one user message in, the answer's text out. */
@FunctionalInterface
public interface LlmClient {

    String complete(String system, String user);
}
