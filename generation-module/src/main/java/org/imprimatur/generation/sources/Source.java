package org.imprimatur.generation.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;

/**
 * A source an editor attached, extracted once: its text, where it came from, what the newsroom may do with it,
 * and its sentences with their embeddings. The same original bytes are always the same source.
 */
@Entity
@Table(name = "source")
public class Source {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "title", nullable = false, updatable = false, length = 500)
    private String title;

    @Column(name = "media_type", nullable = false, updatable = false, length = 200)
    private String mediaType;

    @Column(name = "language", nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long byteSize;

    @Column(name = "origin", nullable = false, updatable = false, length = 2000)
    private String origin;

    @Column(name = "credit_line", nullable = false, length = 500)
    private String creditLine;

    @Column(name = "licence", nullable = false, length = 500)
    private String licence;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Lob
    @Column(name = "metadata", nullable = false, updatable = false)
    private String metadata;

    @Lob
    @Column(name = "text_content", nullable = false, updatable = false)
    private String text;

    @Lob
    @Column(name = "image_facts", updatable = false)
    private String imageFacts;

    @Column(name = "perceptual_hash", updatable = false)
    private Long perceptualHash;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "source", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<SourcePassage> passages = new ArrayList<>();

    protected Source() {
        // for JPA
    }

    Source(IngestedSource ingested, SourceRights rights, String createdBy, Instant createdAt) {
        this.id = ingested.id();
        this.sha256 = ingested.sha256().hex();
        this.title = clip(ingested.title(), 500);
        this.mediaType = ingested.mediaType();
        this.language = ingested.language();
        this.byteSize = ingested.byteSize();
        this.origin = clip(ingested.origin(), 2000);
        this.metadata = SourceJson.write(ingested.metadata());
        this.text = ingested.text();
        this.imageFacts = ingested.imageFacts() == null ? null : SourceJson.write(ingested.imageFacts());
        this.perceptualHash = ingested.imageFacts() == null ? null
                : ingested.imageFacts().hash().map(PerceptualHash::bits).orElse(null);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        changeRights(rights);
        for (int i = 0; i < ingested.passages().size(); i++) {
            passages.add(new SourcePassage(this, ingested.passages().get(i), ingested.vectors().get(i)));
        }
    }

    /** Records what the newsroom may do with the source; the text and its digest never change. */
    void changeRights(SourceRights rights) {
        this.creditLine = clip(rights.creditLine() == null ? "" : rights.creditLine(), 500);
        this.licence = clip(rights.licence() == null ? "" : rights.licence(), 500);
        this.embargoUntil = rights.embargoedUntil();
    }

    public String id() {
        return id;
    }

    public Sha256 sha256() {
        return new Sha256(sha256);
    }

    public String title() {
        return title;
    }

    public String mediaType() {
        return mediaType;
    }

    public String language() {
        return language;
    }

    public long byteSize() {
        return byteSize;
    }

    public String origin() {
        return origin;
    }

    public SourceRights rights() {
        return new SourceRights(creditLine, licence, embargoUntil);
    }

    public Map<String, String> metadata() {
        return SourceJson.readStrings(metadata);
    }

    /** What Tika found in an image's metadata, as plain values; empty for other sources. */
    public Map<String, Object> imageFacts() {
        return imageFacts == null ? Map.of() : SourceJson.readObject(imageFacts);
    }

    /** An image source's perceptual hash; empty for other sources and pictures the JDK cannot decode. */
    public Optional<PerceptualHash> perceptualHash() {
        return Optional.ofNullable(perceptualHash).map(PerceptualHash::new);
    }

    public String text() {
        return text;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int passageCount() {
        return passages.size();
    }

    List<SourcePassage> passageRows() {
        return passages;
    }

    /** The sentences, as drafting and checks see them. */
    public List<Passage> passages() {
        return passages.stream().map(row -> row.toPassage(text)).toList();
    }

    // Titles and origins come from outside (a document's metadata, a URL); a column has a size.
    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    /** The source as extensions see it. */
    public SourceDocument document() {
        return new SourceDocument(id, title, mediaType, language, sha256(), origin, text, metadata(), rights());
    }
}
