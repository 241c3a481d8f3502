package org.imprimatur.checks.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.image.PictureFacts;
import org.imprimatur.spi.image.SimilarImage;

/**
 * The image check (id {@value #ID}): on an image item, whether the picture's file says it was made with AI
 * ({@link ProvenanceMarkers}), and which stored pictures it near-duplicates ({@link NearDuplicates}), with their
 * rights.
 *
 * <p>It reads what Tika and the perceptual hasher found when the picture was stored ({@link CheckContext#picture()}),
 * and asks {@link CheckContext#imagesNear} for the pictures within {@code max-distance} bits of its perceptual hash;
 * at most {@value #MAX_NEAR_DUPLICATES} of them, nearest first, become findings. A picture that could not be decoded
 * has no hash: then a {@code near-duplicate} finding says, {@link Verdict#UNVERIFIABLE}, that nothing was compared.
 * Findings span the caption (the revision body).
 *
 * <p>Applies to image items only; an article revision gets an empty report.
 *
 * <p>Configuration, under {@code imprimatur.check.image.*}: {@code max-distance}, the largest Hamming distance
 * between two perceptual hashes that counts as a near-duplicate (default {@value #DEFAULT_MAX_DISTANCE}, 0 to
 * {@value #LARGEST_MAX_DISTANCE}). Copies of one picture — re-encoded, rescaled, recoloured — lie within about 6 bits,
 * unrelated pictures about 32 apart.
 *
 * <p><b>Threading:</b> safe for concurrent checks; {@link #init} must happen before the first. <b>Failure:</b>
 * {@link CheckFailedException} when an image item's picture is not in the context.
 */
public final class ImageCheck implements ContentCheck {

    public static final String ID = "image";
    public static final int DEFAULT_MAX_DISTANCE = 10;
    static final int LARGEST_MAX_DISTANCE = 24;
    static final int MAX_NEAR_DUPLICATES = 5;

    private volatile int maxDistance = DEFAULT_MAX_DISTANCE;

    @Override
    public String id() {
        return ID;
    }

    /** @throws IllegalStateException if {@code max-distance} is not a whole number from 0 to 24 */
    @Override
    public void init(ProviderConfig config) {
        int configured = config.getInt("max-distance", DEFAULT_MAX_DISTANCE);
        if (configured < 0 || configured > LARGEST_MAX_DISTANCE) {
            // Beyond about 24 bits, unrelated pictures start to match.
            throw new IllegalStateException("Configuration key 'max-distance' must be from 0 to "
                    + LARGEST_MAX_DISTANCE + ", not " + configured);
        }
        maxDistance = configured;
    }

    @Override
    public boolean appliesTo(ContentKind kind) {
        return kind == ContentKind.IMAGE;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException {
        if (revision.kind() != ContentKind.IMAGE) {
            return new CheckReport(ID, List.of());
        }
        PictureFacts picture = context.picture().orElseThrow(() -> new CheckFailedException(
                "The image check found no stored picture for item " + revision.itemId()));
        Span caption = new Span(0, revision.body() == null ? 0 : revision.body().length());
        List<Finding> findings = new ArrayList<>(ProvenanceMarkers.findings(picture, maker(revision), caption));
        Optional<PerceptualHash> hash = picture.perceptualHash();
        if (hash.isEmpty()) {
            findings.add(new Finding(caption, NearDuplicates.CATEGORY, Severity.LOW, Verdict.UNVERIFIABLE, 0,
                    "The picture (" + picture.mediaType() + ") could not be decoded for a perceptual hash, so it was"
                            + " not compared with earlier pictures.", List.of()));
        } else {
            List<SimilarImage> near = context.imagesNear(hash.get(), maxDistance);
            near.stream().limit(MAX_NEAR_DUPLICATES).map(similar -> NearDuplicates.of(similar, caption))
                    .forEach(findings::add);
        }
        return new CheckReport(ID, findings, Map.of("perceptual-hash", "dct-phash-64"));
    }

    private static String maker(RevisionView revision) {
        if (revision.modelCard() == null) {
            return "an unnamed tool";
        }
        return "external".equals(revision.modelCard().provider()) ? revision.modelCard().model()
                : revision.modelCard().model() + " through " + revision.modelCard().provider();
    }
}
