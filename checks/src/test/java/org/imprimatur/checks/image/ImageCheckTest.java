package org.imprimatur.checks.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.image.PictureFacts;
import org.imprimatur.spi.image.SimilarImage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.imprimatur.spi.source.SourceRights;
import org.junit.jupiter.api.Test;

/** Given what a picture's file says and which stored pictures it resembles, what the reviewer is told. */
class ImageCheckTest {

    private static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";
    private static final String CAPTION = "Riverton skyline at night";
    private static final PerceptualHash HASH = PerceptualHash.ofHex("c3a5f00f0ff0a5c3");

    private final ImageCheck check = configured(Map.of());

    // --- provenance markers ---------------------------------------------------------------------------------------

    @Test
    void anAiPictureThatSaysSoAndCarriesContentCredentialsIsClean() throws CheckFailedException {
        assertEquals(List.of(), check.check(image(), context(picture(IPTC + "trainedAlgorithmicMedia", true))).findings());
        assertEquals(List.of(), check.check(image(), context(picture("compositeWithTrainedAlgorithmicMedia", true)))
                .findings(), "a bare term, as some tools write it, counts as the vocabulary's");
    }

    @Test
    void aPictureWithNoMarkerAtAllIsAMediumMissingMarker() throws CheckFailedException {
        Finding finding = single(check.check(image(), context(picture("", false))));

        assertEquals("missing-marker", finding.category());
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(Verdict.FLAGGED, finding.verdict());
        assertEquals(CAPTION, finding.span().of(CAPTION), "image findings point at the caption");
        assertTrue(finding.message().contains("Midjourney v7"), finding.message());
    }

    @Test
    void contentCredentialsWithoutADigitalSourceTypeIsALowMissingMarker() throws CheckFailedException {
        Finding finding = single(check.check(image(), context(picture("", true))));

        assertEquals("missing-marker", finding.category());
        assertEquals(Severity.LOW, finding.severity());
        assertTrue(finding.message().contains("no IPTC digital source type"), finding.message());
    }

    @Test
    void anAiDeclarationWithoutContentCredentialsIsALowMissingMarker() throws CheckFailedException {
        Finding finding = single(check.check(image(), context(picture(IPTC + "trainedAlgorithmicMedia", false))));

        assertEquals("missing-marker", finding.category());
        assertEquals(Severity.LOW, finding.severity());
        assertTrue(finding.message().contains("no Content Credentials"), finding.message());
    }

    @Test
    void anAiPictureThatSaysItIsAPhotographIsAHighConflict() throws CheckFailedException {
        for (String capture : List.of("digitalCapture", "negativeFilm", "minorHumanEdits", "screenCapture")) {
            Finding finding = single(check.check(image(), context(picture(IPTC + capture, true))));

            assertEquals("conflicting-marker", finding.category(), capture);
            assertEquals(Severity.HIGH, finding.severity(), capture);
            assertTrue(finding.message().contains("says " + capture), finding.message());
            assertTrue(finding.message().contains("would pass for a photograph"), finding.message());
        }
    }

    @Test
    void aConflictNamesTheToolTheFileItselfNames() throws CheckFailedException {
        PictureFacts contradicting = new PictureFacts("image/jpeg", 800, 600, false, IPTC + "digitalCapture",
                "Stable Diffusion XL", Optional.of(HASH));

        Finding finding = check.check(image(), context(contradicting)).findings().get(0);

        assertEquals(Severity.HIGH, finding.severity());
        assertTrue(finding.message().contains("the file names Stable Diffusion XL as its tool"), finding.message());
    }

    @Test
    void softwareMakingThatIsNotGenerativeAiOrAnUnknownTermIsAMediumConflict() throws CheckFailedException {
        for (String declared : List.of(IPTC + "digitalCreation", IPTC + "algorithmicallyEnhanced", "AI-generated")) {
            Finding finding = single(check.check(image(), context(picture(declared, true))));

            assertEquals("conflicting-marker", finding.category(), declared);
            assertEquals(Severity.MEDIUM, finding.severity(), declared);
        }
    }

    // --- near-duplicates ------------------------------------------------------------------------------------------

    @Test
    void aNearDuplicateOfACreditedSourceNamesItsCreditAndDistance() throws CheckFailedException {
        SimilarImage source = new SimilarImage(SimilarImage.Kind.SOURCE, "src-1", "harbour.jpg", 3,
                new SourceRights("Jane Doe / Riverton Photo", "editorial use only", null));
        RecordingContext context = context(aiPicture(), source);

        Finding finding = single(check.check(image(), context));

        assertEquals(List.of(ImageCheck.DEFAULT_MAX_DISTANCE), context.asked, "the configured threshold is asked for");
        assertEquals("near-duplicate", finding.category());
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(Verdict.FLAGGED, finding.verdict());
        assertEquals(1 - 3 / 64.0, finding.score());
        assertTrue(finding.message().contains("“harbour.jpg” (src-1), 3 of 64 perceptual-hash bits apart"),
                finding.message());
        assertTrue(finding.message().contains("credit: Jane Doe / Riverton Photo (licence: editorial use only)"),
                finding.message());
        assertEquals("src-1", finding.evidence().get(0).sourceId());
    }

    @Test
    void aNearDuplicateOfASourceWithNoRightsIsHigh() throws CheckFailedException {
        SimilarImage source = new SimilarImage(SimilarImage.Kind.SOURCE, "src-2", "found-online.png", 0,
                SourceRights.UNKNOWN);

        Finding finding = single(check.check(image(), context(aiPicture(), source)));

        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(1.0, finding.score());
        assertTrue(finding.message().contains("the same perceptual hash"), finding.message());
        assertTrue(finding.message().contains("whose picture is this?"), finding.message());
    }

    @Test
    void aNearDuplicateOfAnEarlierItemIsLow() throws CheckFailedException {
        SimilarImage item = new SimilarImage(SimilarImage.Kind.ITEM, "item-9", "a picture made with DALL-E 3", 5,
                SourceRights.UNKNOWN);

        Finding finding = single(check.check(image(), context(aiPicture(), item)));

        assertEquals(Severity.LOW, finding.severity());
        assertTrue(finding.message().contains("item item-9"), finding.message());
        assertEquals(List.of(), finding.evidence(), "evidence cites sources; an item is named in the message");
    }

    @Test
    void atMostFiveNearDuplicatesAreReportedNearestFirst() throws CheckFailedException {
        List<SimilarImage> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(new SimilarImage(SimilarImage.Kind.ITEM, "item-" + i, "a picture", i, SourceRights.UNKNOWN));
        }

        List<Finding> findings = check.check(image(), context(aiPicture(), many.toArray(SimilarImage[]::new)))
                .findings();

        assertEquals(5, findings.size());
        assertTrue(findings.get(0).message().contains("item-0"), findings.get(0).message());
    }

    @Test
    void theThresholdIsConfigurableWithinReason() throws CheckFailedException {
        RecordingContext context = context(aiPicture());
        configured(Map.of("max-distance", "4")).check(image(), context);

        assertEquals(List.of(4), context.asked);
        assertThrows(IllegalStateException.class, () -> configured(Map.of("max-distance", "40")));
        assertThrows(IllegalStateException.class, () -> configured(Map.of("max-distance", "-1")));
    }

    @Test
    void aPictureWithoutAHashSaysNothingWasCompared() throws CheckFailedException {
        PictureFacts webp = new PictureFacts("image/webp", 800, 600, true, IPTC + "trainedAlgorithmicMedia", "",
                Optional.empty());

        Finding finding = single(check.check(image(), context(webp)));

        assertEquals("near-duplicate", finding.category());
        assertEquals(Verdict.UNVERIFIABLE, finding.verdict());
        assertTrue(finding.message().contains("image/webp"), finding.message());
    }

    // --- what it applies to -------------------------------------------------------------------------------------

    @Test
    void itAppliesToImagesOnlyAndGivesAnArticleAnEmptyReport() throws CheckFailedException {
        assertTrue(check.appliesTo(ContentKind.IMAGE));
        assertFalse(check.appliesTo(ContentKind.ARTICLE));

        CheckReport report = check.check(revision(ContentKind.ARTICLE), context(aiPicture()));

        assertEquals("image", report.checkId());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void anImageItemWithoutItsPictureIsACheckFailureNotAPass() {
        CheckFailedException failure = assertThrows(CheckFailedException.class,
                () -> check.check(image(), new RecordingContext(Optional.empty(), List.of())));

        assertTrue(failure.getMessage().contains("no stored picture"), failure.getMessage());
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private static Finding single(CheckReport report) {
        assertEquals(1, report.findings().size(), report.findings().toString());
        return report.findings().get(0);
    }

    private static PictureFacts picture(String digitalSourceType, boolean contentCredentials) {
        return new PictureFacts("image/png", 1024, 768, contentCredentials, digitalSourceType, "", Optional.of(HASH));
    }

    private static PictureFacts aiPicture() {
        return picture(IPTC + "trainedAlgorithmicMedia", true);
    }

    private static RevisionView image() {
        return revision(ContentKind.IMAGE);
    }

    private static RevisionView revision(ContentKind kind) {
        return new RevisionView(ItemId.random(), kind, 1, CAPTION, CAPTION, new ModelCard("external",
                "Midjourney v7", "", Map.of(), Sha256.ofUtf8(""), List.of()), List.of(), "alice", Instant.EPOCH);
    }

    private static RecordingContext context(PictureFacts picture, SimilarImage... similar) {
        return new RecordingContext(Optional.of(picture), List.of(similar));
    }

    private static ImageCheck configured(Map<String, String> values) {
        ImageCheck check = new ImageCheck();
        check.init(key -> Optional.ofNullable(values.get(key)));
        return check;
    }

    /** A context holding one picture and the stored pictures like it; records the thresholds it is asked for. */
    private static final class RecordingContext implements CheckContext {

        private final Optional<PictureFacts> picture;
        private final List<SimilarImage> similar;
        private final List<Integer> asked = new ArrayList<>();

        RecordingContext(Optional<PictureFacts> picture, List<SimilarImage> similar) {
            this.picture = picture;
            this.similar = similar;
        }

        @Override
        public List<SourceDocument> sources() {
            return List.of();
        }

        @Override
        public SourcePassages passages() {
            throw new UnsupportedOperationException("the image check reads no passages");
        }

        @Override
        public Optional<PictureFacts> picture() {
            return picture;
        }

        @Override
        public List<SimilarImage> imagesNear(PerceptualHash hash, int maxDistance) {
            asked.add(maxDistance);
            return similar.stream().filter(image -> image.distance() <= maxDistance).toList();
        }
    }
}
