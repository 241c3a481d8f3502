package org.imprimatur.generation.drafting.llm;

/**
 * Drafting provider {@code ollama}: a model served by Ollama through its own chat API. Its base URL is the
 * server's root, e.g. {@code http://localhost:11434}; an API key is only needed behind a proxy that asks for one.
 *
 * @see ChatDraftingProvider for the configuration keys, threading and failures
 */
public final class OllamaDraftingProvider extends ChatDraftingProvider {

    public OllamaDraftingProvider() {
        super("ollama", new OllamaChatProtocol());
    }
}
