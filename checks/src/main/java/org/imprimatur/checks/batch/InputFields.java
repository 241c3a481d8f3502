package org.imprimatur.checks.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the required fields of an input line, with the error each missing or mistyped one deserves. Stateless. */
public final class InputFields {

    private InputFields() {
    }

    /**
     * The line's {@code id}: a string or a number, returned as given so that results echo it unchanged.
     *
     * @throws InvalidLineException if it is absent, null or of another type
     */
    public static JsonValue id(JsonObject line) throws InvalidLineException {
        JsonValue id = required(line, "id");
        if (id.getValueType() != JsonValue.ValueType.STRING && id.getValueType() != JsonValue.ValueType.NUMBER) {
            throw wrongType("id", "a string or a number", id);
        }
        return id;
    }

    /**
     * The string in field {@code name}.
     *
     * @throws InvalidLineException if it is absent, null or not a string
     */
    public static String string(JsonObject line, String name) throws InvalidLineException {
        JsonValue value = required(line, name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(name, "a string", value);
        }
        return ((JsonString) value).getString();
    }

    /**
     * The strings in field {@code name}, an array of strings (possibly empty).
     *
     * @throws InvalidLineException if it is absent, null, not an array, or holds something other than strings
     */
    public static List<String> strings(JsonObject line, String name) throws InvalidLineException {
        JsonValue value = required(line, name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(name, "an array of strings", value);
        }
        JsonArray array = (JsonArray) value;
        List<String> strings = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element.getValueType() != JsonValue.ValueType.STRING) {
                throw wrongType(name + "[" + i + "]", "a string", element);
            }
            strings.add(((JsonString) element).getString());
        }
        return strings;
    }

    private static JsonValue required(JsonObject line, String name) throws InvalidLineException {
        JsonValue value = line.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidLineException(InvalidLineException.Reason.MISSING_FIELD, "missing field \"" + name + "\"");
        }
        return value;
    }

    private static InvalidLineException wrongType(String name, String expected, JsonValue value) {
        return new InvalidLineException(InvalidLineException.Reason.WRONG_TYPE, "field \"" + name + "\" must be "
                + expected + ", not " + value.getValueType().name().toLowerCase(Locale.ROOT));
    }
}
