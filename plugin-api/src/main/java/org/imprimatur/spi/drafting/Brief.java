package org.imprimatur.spi.drafting;

/**
 * What the editor asks for.
 *
 * @param topic        what the story is about
 * @param angle        the angle or news hook; may be empty
 * @param desk         the desk it is for, e.g. {@code business}; review policies may differ per desk
 * @param targetWords  the length wanted, in words
 * @param language     the language of the draft, as an ISO 639-1 code, e.g. {@code en}
 */
public record Brief(String topic, String angle, String desk, int targetWords, String language) {

    public Brief {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("A brief needs a topic");
        }
        if (targetWords <= 0) {
            throw new IllegalArgumentException("A brief's target length must be positive, not " + targetWords);
        }
        angle = angle == null ? "" : angle;
        desk = desk == null ? "" : desk;
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** The brief as one query: what retrieval looks for. */
    public String asQuery() {
        return angle.isEmpty() ? topic : topic + ". " + angle;
    }
}
