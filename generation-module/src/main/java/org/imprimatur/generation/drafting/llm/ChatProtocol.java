package org.imprimatur.generation.drafting.llm;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.drafting.DraftingException;

/**
 * One chat API's wire format: where to post, how a request looks, and how to read a whole or a streamed answer.
 * Implementations are stateless and thread-safe; the state of one answer lives in its {@link ChatAnswer}.
 */
interface ChatProtocol {

    /** The operation's path under the base URL. */
    String path();

    /** The {@code Accept} header for a streamed answer. */
    String streamMediaType();

    /** The request for a prompt. */
    JsonObject request(JsonProvider json, String model, DraftPrompt prompt, double temperature, boolean stream);

    /**
     * Reads a whole (not streamed) answer; {@link ModelServer#post} has already refused one that reports an error.
     *
     * @throws DraftingException if it is not an answer of this API
     */
    void readAnswer(JsonObject answer, ChatAnswer into, ModelServer server) throws DraftingException;

    /**
     * Reads one line of a streamed answer.
     *
     * @return {@code true} if the line ends the stream
     * @throws DraftingException if it is not a line of this API's stream, or carries an error
     */
    boolean readStreamLine(String line, ChatAnswer into, ModelServer server) throws DraftingException;
}
