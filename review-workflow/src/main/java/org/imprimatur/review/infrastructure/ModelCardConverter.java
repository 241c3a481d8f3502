package org.imprimatur.review.infrastructure;

import jakarta.persistence.Converter;

import org.imprimatur.spi.content.ModelCard;

/** Stores a model card as one JSON column: its parameters are free-form. */
@Converter
public class ModelCardConverter extends JsonColumn<ModelCard> {

    public ModelCardConverter() {
        super(ModelCard.class);
    }
}
