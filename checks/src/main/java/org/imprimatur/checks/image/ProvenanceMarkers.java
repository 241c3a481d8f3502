package org.imprimatur.checks.image;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.image.PictureFacts;

/**
 * Compares what an AI picture's file says about its making with what the item is: every image item in review was
 * made with AI, so its IPTC digital source type should say generative AI, and Content Credentials (C2PA) should
 * back that up where the tool writes them.
 *
 * <ul>
 *   <li>{@code conflicting-marker}, {@link Severity#HIGH}: the file says it was captured (a camera, film, a scan) —
 *       published as is, an AI picture would pass for a photograph;</li>
 *   <li>{@code conflicting-marker}, {@link Severity#MEDIUM}: it names software making that is not generative AI
 *       ({@code digitalCreation}, {@code algorithmicallyEnhanced}, …) or a value outside the IPTC vocabulary;</li>
 *   <li>{@code missing-marker}, {@link Severity#MEDIUM}: no marker at all, neither a digital source type nor Content
 *       Credentials;</li>
 *   <li>{@code missing-marker}, {@link Severity#LOW}: one of the two is missing — no digital source type beside
 *       Content Credentials (their manifest may say AI, but it is not read here), or no Content Credentials beside a
 *       generative digital source type (an XMP field is easily stripped, unsigned).</li>
 * </ul>
 * Every finding is {@link Verdict#FLAGGED} with score 1 (the file says what it says) and spans the caption. Stateless.
 */
final class ProvenanceMarkers {

    static final String MISSING = "missing-marker";
    static final String CONFLICTING = "conflicting-marker";

    private ProvenanceMarkers() {
    }

    /**
     * @param picture what the file says
     * @param maker   the tool or model the item was made with, as its model card names it
     * @param caption the span findings point at
     */
    static List<Finding> findings(PictureFacts picture, String maker, Span caption) {
        List<Finding> findings = new ArrayList<>();
        String declared = picture.digitalSourceType();
        boolean credentials = picture.contentCredentials();
        if (declared.isBlank()) {
            findings.add(credentials
                    ? finding(caption, MISSING, Severity.LOW, "The file has Content Credentials (not verified here) "
                    + "but no IPTC digital source type; add trainedAlgorithmicMedia so that every reader sees it was "
                    + "made with AI (" + maker + ").")
                    : finding(caption, MISSING, Severity.MEDIUM, "The file carries no provenance marker: neither an "
                    + "IPTC digital source type nor Content Credentials say it was made with AI (" + maker + ")."));
            return findings;
        }
        String term = DigitalSourceType.term(declared);
        String software = picture.software().isBlank() ? "" : " (the file names " + picture.software() + " as its tool)";
        switch (DigitalSourceType.of(declared)) {
            case CAPTURE -> findings.add(finding(caption, CONFLICTING, Severity.HIGH, "The file's IPTC digital source "
                    + "type says " + term + software + ", but the item was made with AI (" + maker + "): published as"
                    + " is, it would pass for a photograph."));
            case OTHER_SOFTWARE -> findings.add(finding(caption, CONFLICTING, Severity.MEDIUM, "The file's IPTC "
                    + "digital source type says " + term + software + ", which does not declare generative AI; the "
                    + "item was made with AI (" + maker + ")."));
            case UNKNOWN -> findings.add(finding(caption, CONFLICTING, Severity.MEDIUM, "The file's digital source "
                    + "type '" + declared + "' is not a term of the IPTC vocabulary, so no reader will take it to "
                    + "mean AI; the item was made with AI (" + maker + ")."));
            case GENERATIVE -> {
                if (!credentials) {
                    findings.add(finding(caption, MISSING, Severity.LOW, "The file declares " + term + " in its "
                            + "XMP but has no Content Credentials, so nothing signed backs the declaration."));
                }
            }
        }
        return findings;
    }

    private static Finding finding(Span caption, String category, Severity severity, String message) {
        return new Finding(caption, category, severity, Verdict.FLAGGED, 1.0, message, List.of());
    }
}
