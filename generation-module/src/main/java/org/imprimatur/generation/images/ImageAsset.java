package org.imprimatur.generation.images;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.image.PictureFacts;

/**
 * The picture of an image item: its bytes, as generated or uploaded, and what is known of how it was made. It
 * never changes; a different picture is a different item.
 */
@Entity
@Table(name = "image_asset")
public class ImageAsset {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    @Column(name = "item_id", length = 36)
    private String itemId;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "width", nullable = false, updatable = false)
    private int width;

    @Column(name = "height", nullable = false, updatable = false)
    private int height;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long byteSize;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Lob
    @Column(name = "prompt", nullable = false, updatable = false)
    private String prompt;

    @Column(name = "tool", nullable = false, updatable = false, length = 500)
    private String tool;

    @Lob
    @Column(name = "metadata", nullable = false, updatable = false)
    private String metadata;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "perceptual_hash", updatable = false)
    private Long perceptualHash;

    protected ImageAsset() {
        // for JPA
    }

    ImageAsset(String itemId, String mediaType, int width, int height, byte[] content, String prompt, String tool,
               Map<String, Object> metadata, Optional<PerceptualHash> perceptualHash, Instant createdAt) {
        this.itemId = Objects.requireNonNull(itemId, "itemId");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.width = width;
        this.height = height;
        this.content = content.clone();
        this.sha256 = Sha256.of(content).hex();
        this.byteSize = content.length;
        this.prompt = prompt == null ? "" : prompt;
        this.tool = Objects.requireNonNull(tool, "tool");
        this.metadata = JSONB.toJson(metadata);
        this.perceptualHash = perceptualHash.map(PerceptualHash::bits).orElse(null);
        this.createdAt = createdAt;
    }

    public String itemId() {
        return itemId;
    }

    public String mediaType() {
        return mediaType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Sha256 sha256() {
        return new Sha256(sha256);
    }

    public long byteSize() {
        return byteSize;
    }

    public byte[] content() {
        return content.clone();
    }

    /** The prompt it was made from; empty when the editor did not know it. */
    public String prompt() {
        return prompt;
    }

    /** The generator or tool that made it. */
    public String tool() {
        return tool;
    }

    /** Provenance markers found in the file: C2PA, IPTC digital source type, creator tool. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        return JSONB.fromJson(metadata, Map.class);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What the picture says about itself, as checks see it. */
    public PictureFacts facts() {
        Map<String, Object> markers = metadata();
        return new PictureFacts(mediaType, width, height, Boolean.TRUE.equals(markers.get("contentCredentials")),
                String.valueOf(markers.getOrDefault("digitalSourceType", "")),
                String.valueOf(markers.getOrDefault("software", "")), perceptualHash());
    }

    /** Its perceptual hash; empty when the picture could not be decoded, or was stored before hashes were kept. */
    public Optional<PerceptualHash> perceptualHash() {
        return Optional.ofNullable(perceptualHash).map(PerceptualHash::new);
    }
}
