package org.imprimatur.review.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.spi.content.ModelCard;

/** Stores a model card as one JSON column: its parameters are free-form. */
@Converter
public class ModelCardConverter implements AttributeConverter<ModelCard, String> {

    @Override
    public String convertToDatabaseColumn(ModelCard modelCard) {
        return JsonColumns.write(modelCard, ModelCard.class);
    }

    @Override
    public ModelCard convertToEntityAttribute(String json) {
        return JsonColumns.read(json, ModelCard.class);
    }
}
