package org.imprimatur.app.rest;

import org.imprimatur.generation.jobs.ImageOrder;
import org.imprimatur.generation.text.InertText;

/** The body of {@code POST /api/v1/images}: width and height default to 1024. */
public record ImageJobRequest(String prompt, String caption, Integer width, Integer height, String provider,
                              String desk) {

    /** Text from outside, made inert before it is stored or shown (see {@link InertText}). */
    public ImageJobRequest {
        prompt = InertText.of(prompt);
        caption = InertText.of(caption);
    }

    /** The OpenAI-images-compatible provider Imprimatur ships; it needs a base URL to work. */
    static final String DEFAULT_PROVIDER = "openai-images";

    /** @throws InvalidRequestException naming what is missing or unusable */
    ImageOrder toOrder() {
        try {
            return new ImageOrder(prompt, caption, width == null ? 1024 : width, height == null ? 1024 : height,
                    provider == null || provider.isBlank() ? DEFAULT_PROVIDER : provider, desk);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.unprocessable(e.getMessage());
        }
    }
}
