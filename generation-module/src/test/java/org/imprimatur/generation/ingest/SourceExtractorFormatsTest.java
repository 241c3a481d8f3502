package org.imprimatur.generation.ingest;

import static org.imprimatur.generation.ingest.TestFiles.AI_GENERATED;
import static org.imprimatur.generation.ingest.TestFiles.SENTENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each accepted format, generated here, comes out as its text, its title and the facts about its bytes. */
class SourceExtractorFormatsTest {

    private static SourceExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new SourceExtractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static ExtractedSource extract(byte[] bytes, String fileName) throws SourceRejectedException {
        return extractor.extract(new ByteArrayInputStream(bytes), fileName);
    }

    @Test
    void pdfGivesItsTextTitleDigestAndSize() throws Exception {
        byte[] pdf = TestFiles.pdf("Harbour report", SENTENCE);

        ExtractedSource source = extract(pdf, "harbour.pdf");

        assertEquals("application/pdf", source.mediaType());
        assertEquals(SENTENCE, source.text());
        assertEquals("Harbour report", source.title());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), source.sha256().hex());
        assertEquals(pdf.length, source.byteSize());
        assertNull(source.image());
        assertEquals("Harbour report", source.metadata().get("dc:title"));
    }

    @Test
    void docx() throws Exception {
        ExtractedSource source = extract(TestFiles.docx("Harbour report", SENTENCE), "harbour.docx");

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", source.mediaType());
        assertEquals(SENTENCE, source.text());
        assertEquals("Harbour report", source.title());
    }

    @Test
    void odtWithoutATitleIsNamedByItsFile() throws Exception {
        ExtractedSource source = extract(TestFiles.odt("<text:p>" + SENTENCE + "</text:p>"), "harbour.odt");

        assertEquals("application/vnd.oasis.opendocument.text", source.mediaType());
        assertEquals(SENTENCE, source.text());
        assertEquals("harbour.odt", source.title());
    }

    @Test
    void rtf() throws Exception {
        ExtractedSource source = extract(TestFiles.rtf(SENTENCE), "harbour.rtf");

        assertEquals("application/rtf", source.mediaType());
        assertEquals(SENTENCE, source.text());
        assertEquals("Harbour report", source.title());
    }

    @Test
    void htmlGivesItsVisibleTextNotItsScripts() throws Exception {
        ExtractedSource source = extract(TestFiles.html("Harbour reopens", SENTENCE), "harbour.html");

        assertEquals("text/html", source.mediaType());
        assertEquals("Harbour reopens", source.title());
        assertTrue(source.text().contains(SENTENCE), source.text());
        assertFalse(source.text().contains("tracking"), source.text());
    }

    @Test
    void plainText() throws Exception {
        ExtractedSource source = extract(TestFiles.utf8("Harbour notes\n\n" + SENTENCE + "\n"), "notes.txt");

        assertEquals("text/plain", source.mediaType());
        assertEquals("Harbour notes\n\n" + SENTENCE, source.text());
        assertEquals("notes.txt", source.title());
    }

    @Test
    void markdownByItsName() throws Exception {
        ExtractedSource source = extract(TestFiles.utf8("# Harbour\n\n" + SENTENCE + "\n"), "harbour.md");

        assertEquals("text/markdown", source.mediaType());
        assertTrue(source.text().contains(SENTENCE), source.text());
    }

    @Test
    void mailGivesItsBodyAndItsSubjectAsTitle() throws Exception {
        ExtractedSource source = extract(TestFiles.eml("Harbour reopens", SENTENCE), "tip.eml");

        assertEquals("message/rfc822", source.mediaType());
        assertEquals("Harbour reopens", source.title());
        assertTrue(source.text().contains(SENTENCE), source.text());
        assertEquals("Harbour desk <desk@example.org>", source.metadata().get("Message-From"));
    }

    @Test
    void mailAttachmentsAreExtractedToo() throws Exception {
        byte[] mail = TestFiles.emlWithZipAttachment("See the notes.", TestFiles.zip("notes.txt", SENTENCE));

        ExtractedSource source = extract(mail, "tip.eml");

        assertTrue(source.text().contains("See the notes."), source.text());
        assertTrue(source.text().contains(SENTENCE), source.text());
    }

    @Test
    void pngGivesItsSizeAndNoText() throws Exception {
        ExtractedSource source = extract(TestFiles.png(64, 48), "photo.png");

        assertEquals("image/png", source.mediaType());
        assertEquals("", source.text());
        assertNotNull(source.image());
        assertEquals(new ImageFacts(64, 48, false, "", "", source.image().perceptualHash()), source.image());
        assertTrue(source.image().hash().isPresent(), "the JDK decodes PNG, so the picture has a perceptual hash");
    }

    @Test
    void jpeg() throws Exception {
        ExtractedSource source = extract(TestFiles.jpeg(40, 30), "photo.jpg");

        assertEquals("image/jpeg", source.mediaType());
        assertEquals(new ImageFacts(40, 30, false, "", "", source.image().perceptualHash()), source.image());
        assertTrue(source.image().hash().isPresent());
    }

    @Test
    void anImageSaysFromItsXmpThatItWasGeneratedAndByWhat() throws Exception {
        ExtractedSource source = extract(TestFiles.pngWithXmp(32, 32, AI_GENERATED, "Imagen 3"), "generated.png");

        assertEquals(AI_GENERATED, source.image().digitalSourceType());
        assertEquals("Imagen 3", source.image().software());
        assertFalse(source.image().contentCredentials());
    }

    @Test
    void anImageCarryingContentCredentialsIsRecognised() throws Exception {
        ExtractedSource source = extract(TestFiles.jpegWithContentCredentials(40, 30), "credentialed.jpg");

        assertEquals("image/jpeg", source.mediaType());
        assertTrue(source.image().contentCredentials());
        assertEquals(40, source.image().width());
    }

    @Test
    void aSourceTooLargeToKeepInMemoryIsReadFromATemporaryFileThatIsThenDeleted() throws Exception {
        String line = SENTENCE + "\n";
        byte[] text = TestFiles.utf8(line.repeat(SpooledSource.IN_MEMORY_BYTES / line.length() + 1000));
        assertTrue(text.length > SpooledSource.IN_MEMORY_BYTES);
        Set<Path> before = spooledFiles();

        ExtractedSource source = extract(text, "long.txt");

        assertEquals(new String(text, StandardCharsets.UTF_8).strip(), source.text());
        assertEquals(text.length, source.byteSize());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)), source.sha256().hex());
        assertEquals(before, spooledFiles());
    }

    private static Set<Path> spooledFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("imprimatur-source-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aFileWithoutANameIsTypedByItsContent() throws Exception {
        ExtractedSource source = extract(TestFiles.pdf("Harbour report", SENTENCE), null);

        assertEquals("application/pdf", source.mediaType());
        assertEquals("Harbour report", source.title());
    }

    @Test
    void aTextFileHoldingCsvIsHarmless() throws Exception {
        ExtractedSource source = extract(TestFiles.utf8("port,ships\nHamburg,12\nRotterdam,20\n"), "ports.txt");

        assertTrue(source.mediaType().startsWith("text/"), source.mediaType());
        assertTrue(source.text().contains("Rotterdam"), source.text());
    }

    @Test
    void aCsvFileIsTakenAsTheCsvItsNameSays() throws Exception {
        ExtractedSource source = extract(TestFiles.utf8("port,ships\nHamburg,12\nRotterdam,20\n"), "ports.csv");

        assertEquals("text/csv", source.mediaType());
    }

    @Test
    void anHtmFileHoldingXhtmlIsHarmless() throws Exception {
        ExtractedSource source = extract(TestFiles.xhtml("Harbour reopens", SENTENCE), "harbour.htm");

        assertEquals("application/xhtml+xml", source.mediaType());
        assertTrue(source.text().contains(SENTENCE), source.text());
    }
}
