package org.imprimatur.app.rest;

import java.util.List;
import java.util.Map;

import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;

/** A model card as JSON carries it. */
public record ModelCardDocument(String provider, String model, String modelVersion, Map<String, Object> parameters,
                                String promptSha256, List<String> sourceIds) {

    static ModelCardDocument of(ModelCard card) {
        return new ModelCardDocument(card.provider(), card.model(), card.modelVersion(), card.parameters(),
                card.promptSha256().hex(), card.sourceIds());
    }

    /**
     * @throws InvalidRequestException (422) naming what is wrong
     */
    ModelCard toModelCard() {
        if (promptSha256 == null) {
            throw InvalidRequestException.unprocessable("modelCard.promptSha256 is required: the SHA-256 of the prompt");
        }
        try {
            return new ModelCard(provider, model, modelVersion, parameters, new Sha256(promptSha256), sourceIds);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidRequestException.unprocessable("modelCard: " + e.getMessage());
        }
    }
}
