package org.imprimatur.generation.drafting.llm;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.drafting.DraftingException;

/**
 * OpenAI's chat completions API, which OpenAI, Azure OpenAI, vLLM, the llama.cpp server and LM Studio all speak:
 * {@code POST /chat/completions}; a whole answer carries {@code choices[0].message.content}, a streamed one comes
 * as server-sent events {@code data: {…}} with {@code choices[0].delta.content}, ended by {@code data: [DONE]}.
 */
final class OpenAiChatProtocol implements ChatProtocol {

    private static final String DATA = "data:";
    private static final String DONE = "[DONE]";

    @Override
    public String path() {
        return "/chat/completions";
    }

    @Override
    public String streamMediaType() {
        return "text/event-stream";
    }

    @Override
    public JsonObject request(JsonProvider json, String model, DraftPrompt prompt, double temperature, boolean stream) {
        return json.createObjectBuilder()
                .add("model", model)
                .add("messages", prompt.messages(json))
                .add("temperature", temperature)
                .add("stream", stream)
                .build();
    }

    @Override
    public void readAnswer(JsonObject answer, ChatAnswer into, ModelServer server) throws DraftingException {
        if (!(answer.get("choices") instanceof JsonArray choices && !choices.isEmpty()
                && choices.get(0) instanceof JsonObject choice && choice.get("message") instanceof JsonObject)) {
            throw server.malformed("an answer without choices[0].message");
        }
        read(answer, "message", into);
        // A whole answer is complete by construction; its finish reason says whether the model ran out of room.
        into.finished("");
    }

    @Override
    public boolean readStreamLine(String line, ChatAnswer into, ModelServer server) throws DraftingException {
        // Only data lines carry the answer; comments (":"), event names, ids and blank separators do not.
        if (!line.startsWith(DATA)) {
            return false;
        }
        String data = line.substring(DATA.length()).strip();
        if (data.equals(DONE)) {
            into.finished("");
            return true;
        }
        JsonObject chunk = server.parse(data, "a stream event that is not JSON");
        server.failures().rejectError(chunk);
        read(chunk, "delta", into);
        return false;
    }

    /** Takes the model, the text and, once present, the finish reason of a whole answer or a stream chunk. */
    private static void read(JsonObject object, String member, ChatAnswer into) {
        into.reportedModel(object.getString("model", null));
        into.reportedFingerprint(object.getString("system_fingerprint", null));
        if (object.get("choices") instanceof JsonArray choices && !choices.isEmpty()
                && choices.get(0) instanceof JsonObject choice) {
            if (choice.get(member) instanceof JsonObject message && message.get("content") instanceof JsonString content) {
                into.append(content.getString());
            }
            if (choice.get("finish_reason") instanceof JsonString reason) {
                into.finished(reason.getString());
            }
        }
    }
}
