package org.imprimatur.generation.drafting.llm;

/**
 * Drafting provider {@code openai}: any server that speaks OpenAI's chat completions API (OpenAI, Azure OpenAI,
 * vLLM, the llama.cpp server, LM Studio). Its base URL is the one the API's paths hang off, e.g.
 * {@code https://api.openai.com/v1} or {@code http://localhost:8000/v1}; for Azure OpenAI it is the resource's
 * endpoint, with {@code api-version} (and {@code deployment} if it is not named like the model) set.
 *
 * @see ChatDraftingProvider for the configuration keys, threading and failures
 */
public final class OpenAiDraftingProvider extends ChatDraftingProvider {

    public OpenAiDraftingProvider() {
        super("openai", new OpenAiChatProtocol());
    }
}
