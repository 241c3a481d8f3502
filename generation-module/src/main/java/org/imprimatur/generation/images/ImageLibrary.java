package org.imprimatur.generation.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.generation.ingest.ExtractedSource;
import org.imprimatur.generation.ingest.ImageFacts;
import org.imprimatur.generation.ingest.SourceExtractor;
import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.imprimatur.generation.jobs.ReviewSubmission;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;

/**
 * AI images in review: generated ones, and ones made elsewhere that an editor registers. Either way the picture
 * is read with Tika for its size and provenance markers, and enters review as an image item with its ledger
 * entry, in one transaction.
 */
@ApplicationScoped
public class ImageLibrary {

    private static final int TITLE_LENGTH = 200;

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private SourceExtractor extractor;

    @Inject
    private ReviewSubmission review;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    /**
     * Reads an image's size and provenance markers.
     *
     * @throws SourceRejectedException if the bytes are not an image Imprimatur takes, or are hostile or too large
     */
    public ReadImage read(byte[] bytes, String fileName) throws SourceRejectedException {
        ExtractedSource extracted = extractor.extract(new ByteArrayInputStream(bytes), fileName);
        if (extracted.image() == null) {
            throw new SourceRejectedException(Reason.UNSUPPORTED_TYPE,
                    "This is " + extracted.mediaType() + ", not an image");
        }
        return new ReadImage(bytes, extracted.mediaType(), extracted.image());
    }

    /**
     * Reads an upload up to {@code maxBytes}.
     *
     * @throws SourceRejectedException if it is larger
     */
    public static byte[] readUpload(InputStream in, long maxBytes) throws SourceRejectedException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new SourceRejectedException(Reason.TOO_LARGE, "The image is larger than " + maxBytes + " bytes");
        }
        return bytes;
    }

    /**
     * Registers an image an editor made with AI elsewhere and puts it into review.
     *
     * @param tool    the AI tool that made it, as the editor names it
     * @param prompt  the prompt, if the editor knows it; may be blank
     * @param caption what the image shows, for review; may be blank, then the tool and file name serve
     * @param desk    the desk that is to review it; blank for the default desk
     */
    @Transactional
    public ItemId register(ReadImage image, String fileName, String tool, String prompt, String caption, String desk,
                           boolean depictsPeople, Actor editor) {
        if (tool == null || tool.isBlank()) {
            throw new IllegalArgumentException("Name the AI tool that made the image (tool)");
        }
        String knownPrompt = prompt == null ? "" : prompt.strip();
        Map<String, Object> parameters = new LinkedHashMap<>(markers(image.facts()));
        parameters.put("promptKnown", !knownPrompt.isEmpty());
        parameters.put("fileName", fileName);
        ModelCard card = new ModelCard("external", tool.strip(), "", parameters, Sha256.ofUtf8(knownPrompt),
                List.of());
        String text = caption == null || caption.isBlank() ? "Image made with " + tool.strip() + ": " + fileName
                : caption.strip();
        ItemId itemId = review.submit(ContentKind.IMAGE, desk, titleOf(text), text, card, List.of(), depictsPeople,
                editor);
        ImageAsset asset = store(itemId, image, knownPrompt, tool.strip());
        Map<String, Object> payload = describe(asset);
        payload.put("promptKnown", !knownPrompt.isEmpty());
        payload.put("promptSha256", card.promptSha256().hex());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.IMAGE_REGISTERED, editor.name(),
                itemId.toString(), payload));
        return itemId;
    }

    /**
     * Stores a generated image for its new item. Joins the caller's transaction, which also records the item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImageAsset store(ItemId itemId, ReadImage image, String prompt, String tool) {
        // The asset refers to its item, which JPA does not know; write the item first.
        entityManager.flush();
        ImageAsset asset = new ImageAsset(itemId.toString(), image.mediaType(), image.facts().width(),
                image.facts().height(), image.bytes(), prompt, tool, markers(image.facts()), image.facts().hash(),
                now());
        entityManager.persist(asset);
        return asset;
    }

    /** The picture of an image item, if it is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImageAsset> find(String itemId) {
        return Optional.ofNullable(entityManager.find(ImageAsset.class, itemId));
    }

    /** What the ledger records of a picture. */
    public static Map<String, Object> describe(ImageAsset asset) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sha256", asset.sha256().hex());
        payload.put("mediaType", asset.mediaType());
        payload.put("byteSize", asset.byteSize());
        payload.put("width", asset.width());
        payload.put("height", asset.height());
        payload.put("tool", asset.tool());
        payload.putAll(asset.metadata());
        return payload;
    }

    /** A title for an image item: the first line of its caption, clipped. */
    public static String titleOf(String text) {
        String line = text.strip().lines().findFirst().orElse(text);
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private static Map<String, Object> markers(ImageFacts facts) {
        Map<String, Object> markers = new LinkedHashMap<>();
        markers.put("contentCredentials", facts.contentCredentials());
        markers.put("digitalSourceType", facts.digitalSourceType());
        markers.put("software", facts.software());
        return markers;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An image's bytes with what Tika read from them. */
    public record ReadImage(byte[] bytes, String mediaType, ImageFacts facts) {
    }
}
