package org.imprimatur.provenance.ledger;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

/**
 * The one byte form of a JSON value that the ledger hashes: object members sorted by name (UTF-16 code units,
 * as RFC 8785 orders them), no insignificant whitespace, strings escaped by JSON-P. The same value always gives
 * the same text, so a hash computed at append time can be recomputed at verification time.
 */
public final class CanonicalJson {

    private static final Comparator<String> MEMBER_ORDER = Comparator.naturalOrder();
    // Json.createX() looks the provider up with ServiceLoader on every call; the ledger hashes in bulk.
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private CanonicalJson() {
    }

    /** Turns event payload maps (strings, numbers, booleans, null, lists, maps) into a JSON object. */
    public static JsonObject toJson(Map<String, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) map;
        return PROVIDER.createObjectBuilder(values).build();
    }

    /** A builder for JSON objects, without a provider look-up per call. */
    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObject parseObject(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = PROVIDER.createGenerator(out)) {
            write(generator, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                generator.writeStartObject();
                JsonObject object = value.asJsonObject();
                object.keySet().stream().sorted(MEMBER_ORDER).forEach(name -> {
                    generator.writeKey(name);
                    write(generator, object.get(name));
                });
                generator.writeEnd();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonValue element : (JsonArray) value) {
                    write(generator, element);
                }
                generator.writeEnd();
            }
            default -> generator.write(value);
        }
    }
}
