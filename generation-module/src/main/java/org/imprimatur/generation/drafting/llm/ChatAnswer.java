package org.imprimatur.generation.drafting.llm;

/**
 * A chat answer as it comes in, whole or streamed piece by piece: the text so far, the model that says it wrote
 * it, and whether and why the model finished.
 *
 * <p>Not thread-safe: filled and read by the drafting thread.
 */
final class ChatAnswer {

    private final StringBuilder content = new StringBuilder();
    private String model = "";
    private String fingerprint = "";
    private String finishReason = "";
    private boolean complete;

    void append(String text) {
        content.append(text);
    }

    /** Records the model id the server reports; the first non-empty report wins. */
    void reportedModel(String id) {
        if (model.isEmpty() && id != null) {
            model = id.strip();
        }
    }

    /** Records a backend fingerprint (OpenAI's {@code system_fingerprint}), which pins the model's version further. */
    void reportedFingerprint(String value) {
        if (fingerprint.isEmpty() && value != null) {
            fingerprint = value.strip();
        }
    }

    /** The model finished, for the reason given ({@code stop}, {@code length}, …; may be empty). */
    void finished(String reason) {
        complete = true;
        if (reason != null && !reason.isBlank()) {
            finishReason = reason.strip();
        }
    }

    String content() {
        return content.toString();
    }

    int length() {
        return content.length();
    }

    /** The model id the server reported, or empty when it reported none. */
    String model() {
        return model;
    }

    String fingerprint() {
        return fingerprint;
    }

    String finishReason() {
        return finishReason;
    }

    /** Whether the server said the answer is over; a stream that ends before this broke off. */
    boolean complete() {
        return complete;
    }
}
