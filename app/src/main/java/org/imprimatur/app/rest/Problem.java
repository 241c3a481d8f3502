package org.imprimatur.app.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: what every error of the API answers with, as {@code application/problem+json}.
 *
 * @param type       a URI naming the kind of problem, stable for clients to branch on
 * @param title      a short summary of that kind of problem
 * @param status     the HTTP status
 * @param detail     what went wrong this time, in words a person can act on
 * @param extensions further members, e.g. the rules that refused a transition
 */
public record Problem(String type, String title, int status, String detail, Map<String, JsonValue> extensions) {

    /** Unprocessable content (RFC 9110), which JAX-RS 3.1 has no constant for. */
    public static final int UNPROCESSABLE = 422;
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    /** The same, for servlet-level code, where no JAX-RS runtime formats media types. */
    public static final String MEDIA_TYPE_NAME = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:imprimatur:problem:";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        extensions = Map.copyOf(extensions);
    }

    /** A problem of the kind {@code urn:imprimatur:problem:<kind>}. */
    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, Map.of());
    }

    public Problem with(String member, String value) {
        return with(member, Json.createValue(value));
    }

    public Problem with(String member, List<String> values) {
        return with(member, Json.createArrayBuilder(values).build());
    }

    private Problem with(String member, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, more);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        extensions.forEach(json::add);
        return json.build().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
