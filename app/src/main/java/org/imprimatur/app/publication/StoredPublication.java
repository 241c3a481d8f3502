package org.imprimatur.app.publication;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.publication.Publication;
import org.imprimatur.spi.publication.PublishedImage;

/** What one release published, byte for byte, as the built-in {@code store} target keeps it. Never changed. */
@Entity
@Table(name = "publication")
public class StoredPublication {

    @Id
    @Column(name = "item_id", length = 36)
    private String itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revision;

    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private String kind;

    @Column(name = "title", nullable = false, updatable = false, length = 500)
    private String title;

    @Lob
    @Column(name = "published_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "disclosure_line", nullable = false, updatable = false, length = 1000)
    private String disclosureLine;

    @Lob
    @Column(name = "credits", nullable = false, updatable = false)
    private String credits;

    @Lob
    @Column(name = "json_ld", nullable = false, updatable = false)
    private String jsonLd;

    @Column(name = "media_type", updatable = false, length = 100)
    private String mediaType;

    @Column(name = "image", updatable = false)
    private byte[] image;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "published_by", nullable = false, updatable = false, length = 200)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected StoredPublication() {
        // for JPA
    }

    StoredPublication(Publication publication) {
        this.itemId = publication.item().id().toString();
        this.revision = publication.revision().number();
        this.kind = publication.revision().kind().name();
        this.title = publication.revision().title();
        this.text = publication.text();
        this.disclosureLine = publication.disclosureLine();
        JsonArrayBuilder lines = Json.createArrayBuilder();
        publication.credits().forEach(lines::add);
        this.credits = lines.build().toString();
        this.jsonLd = publication.jsonLd();
        this.mediaType = publication.image().map(PublishedImage::mediaType).orElse(null);
        this.image = publication.image().map(PublishedImage::bytes).orElse(null);
        this.sha256 = publication.sha256().hex();
        this.publishedBy = publication.releasedBy();
        this.publishedAt = publication.releasedAt();
    }

    public String itemId() {
        return itemId;
    }

    public int revision() {
        return revision;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The text readers got: body or caption, disclosure line, credits block. */
    public String text() {
        return text;
    }

    public String disclosureLine() {
        return disclosureLine;
    }

    public List<String> credits() {
        try (JsonReader reader = Json.createReader(new StringReader(credits))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public JsonObject jsonLd() {
        try (JsonReader reader = Json.createReader(new StringReader(jsonLd))) {
            return reader.readObject();
        }
    }

    /** The published picture, with its label embedded; empty for an article. */
    public Optional<PublishedImage> image() {
        return image == null ? Optional.empty() : Optional.of(new PublishedImage(mediaType, image));
    }

    public Sha256 sha256() {
        return new Sha256(sha256);
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
