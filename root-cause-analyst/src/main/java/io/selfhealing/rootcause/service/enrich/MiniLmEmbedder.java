package io.selfhealing.rootcause.service.enrich;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 model that ships inside a Maven artifact (384 dimensions, runs
 * in process, nothing downloaded). Loaded on first use.
 */
public class MiniLmEmbedder implements Embedder {

    private EmbeddingModel model;

    @Override
    public synchronized float[] embed(String text) {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model.embed(text).content().vector();
    }
}
