package org.imprimatur.app.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.imprimatur.app.publication.StoredPublication;

/**
 * What an item's release published, as the built-in store keeps it: {@code text} (what readers got: the body or
 * caption, the disclosure line, the credits block), {@code disclosureLine}, {@code credits} (one line per source),
 * {@code jsonLd} (the schema.org record, as published), for an image its {@code mediaType} (the picture itself is at
 * {@code …/publication/image}), and the {@code sha256} of what was published. Built as JSON rather than bound from a
 * record, so that the JSON-LD travels as the very object it is.
 */
final class PublicationDocument {

    private PublicationDocument() {
    }

    static JsonObject of(StoredPublication stored) {
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("itemId", stored.itemId())
                .add("revision", stored.revision())
                .add("kind", stored.kind())
                .add("title", stored.title())
                .add("text", stored.text())
                .add("disclosureLine", stored.disclosureLine())
                .add("credits", Json.createArrayBuilder(stored.credits()))
                .add("jsonLd", stored.jsonLd())
                .add("sha256", stored.sha256().hex())
                .add("publishedBy", stored.publishedBy())
                .add("publishedAt", stored.publishedAt().toString());
        stored.image().ifPresent(image -> document.add("mediaType", image.mediaType()));
        return document.build();
    }
}
