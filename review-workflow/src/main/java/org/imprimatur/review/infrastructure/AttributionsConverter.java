package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.spi.source.Attribution;

/** Stores a revision's attributions as one JSON column: they are read and written only with their revision. */
@Converter
public class AttributionsConverter implements AttributeConverter<List<Attribution>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type LIST_OF_ATTRIBUTIONS = new ArrayList<Attribution>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<Attribution> attributions) {
        return JSONB.toJson(attributions == null ? List.of() : attributions, LIST_OF_ATTRIBUTIONS);
    }

    @Override
    public List<Attribution> convertToEntityAttribute(String json) {
        return json == null ? List.of() : List.copyOf(JSONB.<List<Attribution>>fromJson(json, LIST_OF_ATTRIBUTIONS));
    }
}
