package org.imprimatur.app.rest;

import java.util.List;

import org.imprimatur.generation.jobs.DraftOrder;
import org.imprimatur.generation.text.InertText;
import org.imprimatur.spi.drafting.Brief;

/** The body of {@code POST /api/v1/drafts}. */
public record DraftJobRequest(BriefDocument brief, List<String> sourceIds, String provider) {

    /** The embedded, offline drafter: the default. */
    static final String DEFAULT_PROVIDER = "grounded";
    private static final int MAX_WORDS = 5000;

    /** @throws InvalidRequestException naming what is missing or unusable */
    DraftOrder toOrder() {
        if (brief == null) {
            throw InvalidRequestException.unprocessable("brief is required: {\"topic\": ..., \"targetWords\": 600}");
        }
        if (sourceIds == null || sourceIds.isEmpty() || sourceIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw InvalidRequestException.unprocessable("sourceIds must list at least one source id");
        }
        int words = brief.targetWords() == null ? 600 : brief.targetWords();
        if (words < 50 || words > MAX_WORDS) {
            throw InvalidRequestException.unprocessable("brief.targetWords lies between 50 and " + MAX_WORDS
                    + ", not " + words);
        }
        if (brief.topic() == null || brief.topic().isBlank()) {
            throw InvalidRequestException.unprocessable("brief.topic is required");
        }
        Brief parsed = new Brief(brief.topic().strip(), brief.angle(), brief.desk(), words, brief.language());
        return new DraftOrder(parsed, sourceIds, provider == null || provider.isBlank() ? DEFAULT_PROVIDER : provider);
    }

    /** What the editor asks for; {@code targetWords} defaults to 600 and {@code language} to {@code en}. */
    public record BriefDocument(String topic, String angle, String desk, Integer targetWords, String language) {

        /** The brief becomes the draft's title and part of the model's prompt: no markup in either. */
        public BriefDocument {
            topic = InertText.of(topic);
            angle = InertText.of(angle);
        }
    }
}
