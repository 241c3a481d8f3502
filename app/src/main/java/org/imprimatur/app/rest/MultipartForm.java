package org.imprimatur.app.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.EntityPart;

import org.imprimatur.generation.text.InertText;

/** The parts of a {@code multipart/form-data} request body, by name. */
final class MultipartForm {

    private final List<EntityPart> parts;

    MultipartForm(List<EntityPart> parts) {
        this.parts = parts == null ? List.of() : parts;
    }

    /** @throws InvalidRequestException if there is no part of this name */
    EntityPart required(String name) {
        return part(name).orElseThrow(() -> InvalidRequestException.malformed(
                "A multipart form with a part named '" + name + "' is required"));
    }

    /** A text part's value, or {@code null} when absent. */
    String text(String name) throws IOException {
        Optional<EntityPart> part = part(name);
        if (part.isEmpty()) {
            return null;
        }
        try (InputStream content = part.get().getContent()) {
            // Every text part is something a person wrote (credit lines, captions, prompts): no markup.
            return InertText.of(new String(content.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Optional<EntityPart> part(String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }
}
