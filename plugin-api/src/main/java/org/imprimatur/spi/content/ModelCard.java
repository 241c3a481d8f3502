package org.imprimatur.spi.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What made a piece of AI content: recorded with every generated revision and in the provenance ledger, so a
 * compliance officer can say which model, with which settings and sources, produced it.
 *
 * @param provider     the drafting or image provider, e.g. {@code grounded} or {@code ollama}
 * @param model        the model id, e.g. {@code llama3.1}
 * @param modelVersion the model's version or digest, as exact as the provider can tell
 * @param parameters   generation parameters (temperature, seed, …), values being strings, numbers or booleans
 * @param promptSha256 the digest of the exact prompt sent, so a prompt can later be matched without storing it
 * @param sourceIds    the ids of the sources the generation was given
 */
public record ModelCard(String provider, String model, String modelVersion, Map<String, Object> parameters,
                        Sha256 promptSha256, List<String> sourceIds) {

    public ModelCard {
        requireText(provider, "provider");
        requireText(model, "model");
        modelVersion = modelVersion == null ? "" : modelVersion;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        Objects.requireNonNull(promptSha256, "promptSha256");
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }

    /**
     * The card as plain values (strings, numbers, lists, maps), the form in which the ledger records it and the
     * dossier shows it.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("provider", provider);
        card.put("model", model);
        card.put("modelVersion", modelVersion);
        card.put("parameters", parameters);
        card.put("promptSha256", promptSha256.hex());
        card.put("sourceIds", sourceIds);
        return card;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A model card needs a " + field);
        }
    }
}
