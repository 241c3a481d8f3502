package org.imprimatur.app.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * A small HTTP client for the REST API, signing in as a given user: with HTTP Basic (local accounts), or with what
 * another {@link #Api(URL, Function)} says, such as a Keycloak bearer token.
 */
final class Api {

    /** One answer: status, headers and the body parsed as JSON where it is JSON. */
    record Answer(int status, HttpResponse<String> raw) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            }
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Function<String, String> authorization;

    Api(URL deployment) {
        // Demo accounts have their user name as password; accounts the tests create follow the same rule.
        this(deployment, user -> basic(user, Users.passwordOf(user)));
    }

    /** @param authorization the {@code Authorization} header that signs a given user in */
    Api(URL deployment, Function<String, String> authorization) {
        this.base = URI.create(deployment.toExternalForm().replaceAll("/?$", "/"));
        this.authorization = authorization;
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    Answer get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** A GET that says which media type it accepts. */
    Answer get(String path, String user, String accept) {
        return send(request(path, user).header("Accept", accept).GET());
    }

    Answer delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    Answer post(String path, String user, JsonValue body) {
        return postRaw(path, user, body.toString());
    }

    Answer put(String path, String user, JsonValue body) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Answer postRaw(String path, String user, String body) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a {@code multipart/form-data} form: each part is a text field, except {@code file}, whose bytes come
     * from {@code file} under {@code fileName}. The body is streamed, so a file may be far larger than memory.
     */
    Answer postForm(String path, String user, String fileName, InputStreamSupplier file, Map<String, String> fields) {
        String boundary = "imprimatur-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                Collections.enumeration(List.of(
                        new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)),
                        file.open(), new ByteArrayInputStream(tail)))));
        return send(request(path, user).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
    }

    /** Opens a file's bytes afresh each time it is asked. */
    @FunctionalInterface
    interface InputStreamSupplier {
        InputStream open();
    }

    HttpClient client() {
        return client;
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", authorization.apply(user));
        }
        return request;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response with a binary body, such as a PDF. */
    HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
