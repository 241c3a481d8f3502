package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a value as one JSON column: for values read and written only with their entity, whose shape is free-form
 * or a list, so that a fixed set of columns won't do.
 *
 * @param <T> the value's type
 */
abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    // Jsonb instances are thread-safe and costly to build.
    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Type type;

    JsonColumn(Type type) {
        this.type = type;
    }

    /** What an absent value reads as. */
    T absent() {
        return null;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        T stored = value == null ? absent() : value;
        return stored == null ? null : JSONB.toJson(stored, type);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return json == null ? absent() : JSONB.fromJson(json, type);
    }
}
