package org.imprimatur.app.notifications;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.imprimatur.provenance.ledger.EntryAppended;

/**
 * What a notification says, as the JSON a webhook receives:
 * {@code {"id", "type", "itemId", "desk", "actor", "time", "ledgerSeq", "data"}}. {@code data} is a small subset
 * of the ledger entry's payload, holding states and user ids but never text people wrote (titles, reasons,
 * comments): whoever holds the ledger sequence number and the right role reads the rest in the ledger.
 *
 * @param json the event
 */
public record NotificationEvent(JsonObject json) {

    /** The payload members a notification carries, when the entry has them. */
    static final List<String> DATA_MEMBERS = List.of("action", "state", "revision", "assignee", "mentions");

    /**
     * The event for a ledger entry.
     *
     * @param id   the event's id, the same for every delivery of it (receivers drop ids they have seen)
     * @param desk the desk of the item concerned, if any
     */
    static NotificationEvent of(String id, EntryAppended appended, Optional<String> desk) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        Map<String, Object> payload = appended.event().payload();
        DATA_MEMBERS.stream().filter(payload::containsKey)
                .forEach(member -> data.add(member, jsonOf(payload.get(member))));
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("id", id)
                .add("type", appended.event().type().name())
                .add("itemId", appended.event().itemId() == null ? JsonValue.NULL
                        : Json.createValue(appended.event().itemId()))
                .add("desk", desk.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL))
                .add("actor", appended.event().actor())
                .add("time", appended.recordedAt())
                .add("ledgerSeq", appended.seq())
                .add("data", data);
        return new NotificationEvent(event.build());
    }

    /** Reads an event back from its stored body. */
    static NotificationEvent parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return new NotificationEvent(reader.readObject());
        }
    }

    private static JsonValue jsonOf(Object value) {
        if (value instanceof List<?> list) {
            return Json.createArrayBuilder(list.stream().map(String::valueOf).toList()).build();
        }
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    /** The body as sent. */
    public String body() {
        return json.toString();
    }

    public String id() {
        return json.getString("id");
    }

    public String type() {
        return json.getString("type");
    }

    public String actor() {
        return json.getString("actor");
    }

    public Optional<String> itemId() {
        return optionalString("itemId");
    }

    public Optional<String> desk() {
        return optionalString("desk");
    }

    /** The user ids in a member of {@code data}: one for {@code assignee}, any number for {@code mentions}. */
    public List<String> users(String member) {
        JsonValue value = json.getJsonObject("data").get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonString single) {
            return List.of(single.getString());
        }
        return value.asJsonArray().getValuesAs(JsonString::getString);
    }

    private Optional<String> optionalString(String member) {
        return json.isNull(member) ? Optional.empty() : Optional.of(json.getString(member));
    }
}
