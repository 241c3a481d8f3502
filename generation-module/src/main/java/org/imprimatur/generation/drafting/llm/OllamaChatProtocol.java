package org.imprimatur.generation.drafting.llm;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.drafting.DraftingException;

/**
 * Ollama's chat API: {@code POST /api/chat}; the answer is one JSON object with {@code message.content}, or when
 * streamed one such object per line (NDJSON), the last with {@code "done": true}.
 */
final class OllamaChatProtocol implements ChatProtocol {

    @Override
    public String path() {
        return "/api/chat";
    }

    @Override
    public String streamMediaType() {
        return "application/x-ndjson";
    }

    @Override
    public JsonObject request(JsonProvider json, String model, DraftPrompt prompt, double temperature, boolean stream) {
        return json.createObjectBuilder()
                .add("model", model)
                .add("messages", prompt.messages(json))
                // Ollama streams unless told not to.
                .add("stream", stream)
                .add("options", json.createObjectBuilder().add("temperature", temperature))
                .build();
    }

    @Override
    public void readAnswer(JsonObject answer, ChatAnswer into, ModelServer server) throws DraftingException {
        if (!(answer.get("message") instanceof JsonObject)) {
            throw server.malformed("an answer without a message");
        }
        read(answer, into);
        // A whole answer is complete by construction, even from a server that leaves out "done".
        into.finished("");
    }

    @Override
    public boolean readStreamLine(String line, ChatAnswer into, ModelServer server) throws DraftingException {
        if (line.isBlank()) {
            return false;
        }
        JsonObject chunk = server.parse(line, "a stream line that is not JSON");
        server.failures().rejectError(chunk);
        read(chunk, into);
        return into.complete();
    }

    private static void read(JsonObject object, ChatAnswer into) {
        into.reportedModel(object.getString("model", null));
        if (object.get("message") instanceof JsonObject message && message.get("content") instanceof JsonString content) {
            into.append(content.getString());
        }
        if (object.getBoolean("done", false)) {
            into.finished(object.getString("done_reason", ""));
        }
    }
}
