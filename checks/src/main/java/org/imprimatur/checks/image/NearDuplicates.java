package org.imprimatur.checks.image;

import java.util.List;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.image.SimilarImage;
import org.imprimatur.spi.source.SourceRights;

/**
 * Turns the stored pictures an AI picture resembles into {@code near-duplicate} findings, one each, naming the
 * picture, the distance and whose it is. An AI picture that looks like someone's photograph may be that photograph,
 * lightly reworked; the rights of the original decide what may be published.
 *
 * <ul>
 *   <li>{@link Severity#HIGH}: an image source with neither licence nor credit line recorded — nobody has said the
 *       newsroom may use it;</li>
 *   <li>{@link Severity#MEDIUM}: an image source with rights recorded — the message names the credit and licence the
 *       reviewer must weigh;</li>
 *   <li>{@link Severity#LOW}: the picture of another, earlier image item — the same picture in review twice.</li>
 * </ul>
 * Each is {@link Verdict#FLAGGED}, spans the caption and is scored {@code 1 − distance / 64}; a source is also cited as
 * {@link Evidence} (its title as the excerpt). Stateless.
 */
final class NearDuplicates {

    static final String CATEGORY = "near-duplicate";

    private NearDuplicates() {
    }

    static Finding of(SimilarImage similar, Span caption) {
        double similarity = 1 - similar.distance() / 64.0;
        String apart = similar.distance() == 0 ? "the same perceptual hash"
                : similar.distance() + " of 64 perceptual-hash bits apart";
        if (similar.kind() == SimilarImage.Kind.ITEM) {
            return new Finding(caption, CATEGORY, Severity.LOW, Verdict.FLAGGED, similarity, "Looks like the picture "
                    + "of item " + similar.id() + " (" + similar.title() + "), " + apart + ": the same picture in "
                    + "review twice?", List.of());
        }
        SourceRights rights = similar.rights();
        boolean recorded = !rights.creditLine().isBlank() || !rights.licence().isBlank();
        String message = "Looks like source “" + similar.title() + "” (" + similar.id() + "), " + apart + "; "
                + (recorded ? rightsOf(rights) + ": may the picture be reworked with AI under these rights?"
                : "no licence or credit line is recorded for it: whose picture is this?");
        return new Finding(caption, CATEGORY, recorded ? Severity.MEDIUM : Severity.HIGH, Verdict.FLAGGED, similarity,
                message, List.of(new Evidence(similar.id(), new Span(0, 0), similar.title(), similarity)));
    }

    private static String rightsOf(SourceRights rights) {
        if (rights.creditLine().isBlank()) {
            return "licence: " + rights.licence().strip() + ", no credit line recorded";
        }
        return "credit: " + rights.creditLine().strip()
                + (rights.licence().isBlank() ? "" : " (licence: " + rights.licence().strip() + ")");
    }
}
