package org.imprimatur.review.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.spi.content.ModelCard;

/** Stores a model card as one JSON column: its parameters are free-form, so a fixed set of columns won't do. */
@Converter
public class ModelCardConverter implements AttributeConverter<ModelCard, String> {

    // Jsonb instances are thread-safe and costly to build.
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(ModelCard modelCard) {
        return modelCard == null ? null : JSONB.toJson(modelCard);
    }

    @Override
    public ModelCard convertToEntityAttribute(String json) {
        return json == null ? null : JSONB.fromJson(json, ModelCard.class);
    }
}
