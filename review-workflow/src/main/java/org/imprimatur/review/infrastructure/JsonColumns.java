package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Values stored as one JSON column: for values read and written only with their entity, whose shape is free-form
 * or a list, so that a fixed set of columns won't do. Each converter names its own types (EclipseLink reads them off
 * the converter class) and hands the work to these two methods.
 */
final class JsonColumns {

    // Jsonb instances are thread-safe and costly to build.
    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonColumns() {
    }

    static String write(Object value, Type type) {
        return value == null ? null : JSONB.toJson(value, type);
    }

    static <T> T read(String json, Type type) {
        return json == null ? null : JSONB.fromJson(json, type);
    }
}
