package org.imprimatur.app.rest;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import org.imprimatur.app.publication.PublicationPreview;
import org.imprimatur.app.publication.StoredPublication;
import org.imprimatur.spi.publication.Publication;

/**
 * What an item's release published, as the built-in store keeps it: {@code text} (what readers got: the body or
 * caption, the disclosure line, the credits block), {@code disclosureLine}, {@code credits} (one line per source),
 * {@code jsonLd} (the schema.org record, as published), for an image its {@code mediaType} (the picture itself is at
 * {@code …/publication/image}), and the {@code sha256} of what was published. Built as JSON rather than bound from a
 * record, so that the JSON-LD travels as the very object it is.
 *
 * <p>A preview of a release has the same members, as if the caller released the item at the time of the preview,
 * and says so: {@code preview} is true, {@code labelSet} says whether the item's own label was used (false: the
 * label the defaults would set), {@code digitalSourceType} names the label's IPTC term.
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

    static JsonObject of(PublicationPreview preview) {
        Publication publication = preview.publication();
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("itemId", publication.item().id().toString())
                .add("revision", publication.revision().number())
                .add("kind", publication.revision().kind().name())
                .add("title", publication.revision().title())
                .add("preview", true)
                .add("labelSet", preview.labelSet())
                .add("text", publication.text())
                .add("disclosureLine", publication.disclosureLine())
                .add("digitalSourceType", preview.label().digitalSourceType())
                .add("credits", Json.createArrayBuilder(publication.credits()))
                .add("jsonLd", parse(publication.jsonLd()))
                .add("sha256", publication.sha256().hex())
                .add("publishedBy", publication.releasedBy())
                .add("publishedAt", publication.releasedAt().toString());
        publication.image().ifPresent(image -> document.add("mediaType", image.mediaType()));
        return document.build();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
