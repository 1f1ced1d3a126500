package io.selfhealing.rootcause.service.enrich;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * langchain4j's OpenAI chat model: OpenAI itself or any compatible endpoint (Ollama's
 * {@code /v1}, a local stand-in in tests). Temperature 0, bounded answer length, no retries.
 */
public class OpenAiLlmClient implements LlmClient {

    private final ChatModel model;

    public OpenAiLlmClient(String baseUrl, String apiKey, String modelName, Duration timeout) {
        this.model = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(modelName)
                .temperature(0.0).maxTokens(400).timeout(timeout).maxRetries(0).build();
    }

    @Override
    public String complete(String system, String user) {
        return model.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text();
    }
}
