package org.imprimatur.generation.sources;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The JSON columns of a source: its metadata and its image facts, read and written only with it. */
final class SourceJson {

    // Jsonb instances are thread-safe and costly to build.
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type STRING_MAP = new HashMap<String, String>() { }.getClass().getGenericSuperclass();
    private static final Type OBJECT_MAP = new HashMap<String, Object>() { }.getClass().getGenericSuperclass();

    private SourceJson() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    static Map<String, String> readStrings(String json) {
        return Map.copyOf(JSONB.<Map<String, String>>fromJson(json, STRING_MAP));
    }

    static Map<String, Object> readObject(String json) {
        return JSONB.fromJson(json, OBJECT_MAP);
    }
}
