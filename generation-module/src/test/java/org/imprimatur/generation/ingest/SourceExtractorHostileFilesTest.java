package org.imprimatur.generation.ingest;

import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.CORRUPT;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.EMPTY;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.MISLABELLED;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.TIMEOUT;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.TOO_COMPLEX;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.TOO_LARGE;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.UNSUPPORTED_TYPE;
import static org.imprimatur.generation.ingest.TestFiles.SENTENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files built to hurt a parser are refused, each with a reason an HTTP answer can be chosen by. */
class SourceExtractorHostileFilesTest {

    private static final long MB = 1024 * 1024;

    private static SourceExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new SourceExtractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static SourceRejectedException refused(Reason reason, SourceExtractor extractor, byte[] bytes, String name) {
        SourceRejectedException e = assertThrows(SourceRejectedException.class,
                () -> extractor.extract(new ByteArrayInputStream(bytes), name));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private static SourceRejectedException refused(Reason reason, byte[] bytes, String name) {
        return refused(reason, extractor, bytes, name);
    }

    private static void assertMentions(SourceRejectedException e, String... words) {
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), () -> "'" + e.getMessage() + "' should mention '" + word + "'");
        }
    }

    @Test
    void a200MbFileIsRefusedAfterReadingJustPastTheLimitWithoutHoldingIt() {
        TestFiles.EndlessPdf huge = new TestFiles.EndlessPdf(200 * MB);

        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> extractor.extract(huge, "big.pdf"));

        assertEquals(TOO_LARGE, e.reason());
        assertMentions(e, "50 MB");
        long limit = ExtractionLimits.defaults().maxBytes();
        assertTrue(huge.bytesRead() > limit && huge.bytesRead() <= limit + 1, "read " + huge.bytesRead());
    }

    @Test
    void aDocxWhoseXmlInflatesEnormouslyIsAZipBomb() throws IOException {
        byte[] bomb = TestFiles.docxBomb(50 * MB);
        assertTrue(bomb.length < MB, "the bomb itself is small: " + bomb.length);

        assertMentions(refused(TOO_COMPLEX, bomb, "report.docx"), "word/document.xml", "zip bomb");
    }

    @Test
    void anOdtWithAnEnormousAttributeIsAZipBomb() throws IOException {
        byte[] bomb = TestFiles.odtAttributeBomb(50 * MB);

        assertMentions(refused(TOO_COMPLEX, bomb, "report.odt"), "content.xml");
    }

    @Test
    void zipsNestedDeeperThanTheLimitInsideAMailAreTooComplex() throws IOException {
        byte[] mail = TestFiles.emlWithZipAttachment("Files attached.", TestFiles.nestedZips(8));

        assertMentions(refused(TOO_COMPLEX, mail, "tip.eml"), "more than 5 deep");
    }

    @Test
    void zipsNestedWithinTheLimitAreRead() throws Exception {
        byte[] mail = TestFiles.emlWithZipAttachment("Files attached.", TestFiles.nestedZips(2));

        ExtractedSource source = extractor.extract(new ByteArrayInputStream(mail), "tip.eml");

        assertTrue(source.text().contains("Innermost note."), source.text());
    }

    @Test
    void moreEmbeddedDocumentsThanTheLimitAreTooComplex() throws IOException {
        Object[] entries = new Object[2 * 30];
        for (int i = 0; i < 30; i++) {
            entries[2 * i] = "note" + i + ".txt";
            entries[2 * i + 1] = "Note " + i;
        }
        byte[] mail = TestFiles.emlWithZipAttachment("Many notes.", TestFiles.zip(entries));
        ExtractionLimits twenty = new ExtractionLimits(MB, 100_000, 5, 20, Duration.ofSeconds(60));

        try (SourceExtractor strict = new SourceExtractor(twenty)) {
            assertMentions(refused(TOO_COMPLEX, strict, mail, "notes.eml"), "more than 20 documents");
        }
    }

    @Test
    void billionLaughsIsStoppedByTheXmlParsersLimits() {
        assertMentions(refused(TOO_COMPLEX, TestFiles.billionLaughs(), "lolz.xml"), "XML");
    }

    @Test
    void aGarbledPdfIsCorrupt() throws IOException {
        assertMentions(refused(CORRUPT, TestFiles.garbledPdf(), "report.pdf"), "application/pdf");
    }

    @Test
    void aTruncatedDocxIsCorrupt() throws IOException {
        byte[] docx = TestFiles.docx("Harbour report", SENTENCE);

        refused(CORRUPT, java.util.Arrays.copyOf(docx, docx.length / 2), "report.docx");
    }

    @Test
    void aZipNamedAsAPdfIsMislabelled() throws IOException {
        assertMentions(refused(MISLABELLED, TestFiles.zip("notes.txt", SENTENCE), "report.pdf"),
                "application/pdf", "application/zip");
    }

    @Test
    void anExecutableNamedAsAPdfIsMislabelled() {
        assertMentions(refused(MISLABELLED, TestFiles.windowsExecutable(), "report.pdf"), "application/pdf");
    }

    @Test
    void aPngNamedAsAJpegIsMislabelled() throws IOException {
        refused(MISLABELLED, TestFiles.png(8, 8), "photo.jpg");
    }

    @Test
    void aZipIsNotAnAcceptedType() throws IOException {
        assertMentions(refused(UNSUPPORTED_TYPE, TestFiles.zip("notes.txt", SENTENCE), "notes.zip"), "application/zip");
    }

    @Test
    void anExecutableIsNotAnAcceptedType() {
        refused(UNSUPPORTED_TYPE, TestFiles.windowsExecutable(), "setup.exe");
    }

    @Test
    void noBytesAreEmpty() {
        refused(EMPTY, new byte[0], "nothing.txt");
    }

    @Test
    void aDocumentWithoutTextIsEmpty() throws IOException {
        refused(EMPTY, TestFiles.pdf("Blank", ""), "blank.pdf");
    }

    @Test
    void moreTextThanTheLimitIsTooComplex() throws IOException {
        ExtractionLimits thousand = new ExtractionLimits(MB, 1_000, 5, 10, Duration.ofSeconds(60));

        try (SourceExtractor strict = new SourceExtractor(thousand)) {
            assertMentions(refused(TOO_COMPLEX, strict, TestFiles.utf8(SENTENCE.repeat(50)), "long.txt"), "1,000 characters");
            assertMentions(refused(TOO_COMPLEX, strict, TestFiles.docx("Long", SENTENCE.repeat(50)), "long.docx"),
                    "1,000 characters");
        }
    }

    @Test
    void aParsePastItsDeadlineTimesOutAndTheExtractorCarriesOn() throws Exception {
        ExtractionLimits instant = new ExtractionLimits(MB, 100_000, 5, 10, Duration.ofNanos(1));
        byte[] pdf = TestFiles.pdf("Harbour report", SENTENCE);

        try (SourceExtractor hurried = new SourceExtractor(instant)) {
            assertMentions(refused(TIMEOUT, hurried, pdf, "report.pdf"), "longer than");
        }
        assertEquals(SENTENCE, extractor.extract(new ByteArrayInputStream(pdf), "report.pdf").text());
    }

    @Test
    void aStreamThatBreaksOffIsCorrupt() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };

        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> extractor.extract(broken, "x.pdf"));

        assertEquals(CORRUPT, e.reason());
        assertMentions(e, "Connection reset");
    }
}
