package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.spi.source.Attribution;

/** Stores a revision's attributions as one JSON column: they are read and written only with their revision. */
@Converter
public class AttributionsConverter implements AttributeConverter<List<Attribution>, String> {

    private static final Type LIST = new ArrayList<Attribution>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<Attribution> attributions) {
        return JsonColumns.write(attributions == null ? List.of() : attributions, LIST);
    }

    @Override
    public List<Attribution> convertToEntityAttribute(String json) {
        List<Attribution> attributions = JsonColumns.read(json, LIST);
        return attributions == null ? List.of() : List.copyOf(attributions);
    }
}
