package org.imprimatur.generation.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * A benchmark harness, not a test: {@link SourceExtractor} against bare Tika (an {@link AutoDetectParser} with an
 * unlimited {@link BodyContentHandler}) on the same generated files, in the same JVM, after warm-up. The extractor
 * does more per file (a temporary copy, SHA-256, detection checked against the name, the ZIP inflation check, a
 * worker hand-off, image facts), so the ratio says what that safety costs. Run it as docs/benchmarks.md says.
 */
public final class SourceExtractorBenchmark {

    private static final String[] WORDS = ("harbour council budget repairs ships port minister said monday week crews "
            + "reopened cargo tonnes according statement residents traffic delays weather engineers").split(" ");

    private SourceExtractorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Map<String, byte[]> files = corpus(new Random(7));
        long corpusBytes = files.values().stream().mapToLong(bytes -> bytes.length).sum();
        AutoDetectParser tika = new AutoDetectParser();
        try (SourceExtractor extractor = new SourceExtractor(ExtractionLimits.defaults())) {
            for (int i = 0; i < 3; i++) { // warm-up
                bareTika(tika, files);
                extractor(extractor, files);
            }
            long[] tikaNanos = new long[files.size()];
            long[] extractorNanos = new long[files.size()];
            for (int round = 0; round < rounds; round++) { // interleaved, so drift hits both alike
                add(tikaNanos, bareTika(tika, files));
                add(extractorNanos, extractor(extractor, files));
            }
            System.out.printf("corpus: %d files, %,d bytes; %d measured rounds%n", files.size(), corpusBytes, rounds);
            System.out.printf("%-8s %10s %14s %14s %7s%n", "file", "bytes", "Tika MB/s", "extractor MB/s", "ratio");
            int i = 0;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                double bytes = (double) file.getValue().length * rounds;
                System.out.printf("%-8s %,10d %14.1f %14.1f %7.2f%n", file.getKey(), file.getValue().length,
                        mbPerSecond(bytes, tikaNanos[i]), mbPerSecond(bytes, extractorNanos[i]),
                        (double) tikaNanos[i] / extractorNanos[i]);
                i++;
            }
            long tikaTotal = sum(tikaNanos);
            long extractorTotal = sum(extractorNanos);
            System.out.printf("%-8s %,10d %14.1f %14.1f %7.2f%n", "all", corpusBytes,
                    mbPerSecond((double) corpusBytes * rounds, tikaTotal),
                    mbPerSecond((double) corpusBytes * rounds, extractorTotal), (double) tikaTotal / extractorTotal);
            System.out.printf("ratio = extractor throughput / bare Tika throughput (target >= 0.9); java %s, %d processors%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        }
    }

    private static long[] bareTika(AutoDetectParser tika, Map<String, byte[]> files) throws Exception {
        long[] nanos = new long[files.size()];
        int i = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            long start = System.nanoTime();
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getKey());
            BodyContentHandler text = new BodyContentHandler(-1);
            try (TikaInputStream in = TikaInputStream.get(file.getValue())) {
                tika.parse(in, text, metadata, new ParseContext());
            }
            nanos[i++] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static long[] extractor(SourceExtractor extractor, Map<String, byte[]> files) throws Exception {
        long[] nanos = new long[files.size()];
        int i = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            long start = System.nanoTime();
            extractor.extract(new ByteArrayInputStream(file.getValue()), file.getKey());
            nanos[i++] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** One file per format, each the size of a long article or a short report. */
    private static Map<String, byte[]> corpus(Random random) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.pdf", pdf(random, 20, 45));
        files.put("a.docx", docx(random, 600));
        files.put("a.odt", TestFiles.odt(paragraphs(random, 600, "<text:p>", "</text:p>")));
        files.put("a.html", TestFiles.utf8("<!DOCTYPE html><html><head><title>Harbour</title></head><body>"
                + paragraphs(random, 600, "<p>", "</p>") + "</body></html>"));
        files.put("a.txt", TestFiles.utf8(paragraphs(random, 600, "", "\n\n")));
        files.put("a.rtf", TestFiles.utf8("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 "
                + paragraphs(random, 600, "", "\\par\n") + "}"));
        files.put("a.eml", TestFiles.eml("Harbour", paragraphs(random, 600, "", "\r\n\r\n")));
        files.put("a.jpg", jpeg(random, 1600, 1200));
        return files;
    }

    private static String paragraphs(Random random, int count, String open, String close) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(open).append(sentence(random, 60)).append(close);
        }
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder("The");
        for (int i = 0; i < words; i++) {
            sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.append('.').toString();
    }

    private static byte[] pdf(Random random, int pages, int linesPerPage) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 740);
                    for (int line = 0; line < linesPerPage; line++) {
                        content.showText(sentence(random, 14));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(Random random, int paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs; i++) {
                document.createParagraph().createRun().setText(sentence(random, 60));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] jpeg(Random random, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static void add(long[] totals, long[] nanos) {
        for (int i = 0; i < totals.length; i++) {
            totals[i] += nanos[i];
        }
    }

    private static long sum(long[] nanos) {
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        return total;
    }

    private static double mbPerSecond(double bytes, long nanos) {
        return bytes / (1024 * 1024) / (nanos / 1e9);
    }
}
