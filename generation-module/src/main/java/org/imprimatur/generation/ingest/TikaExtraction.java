package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.writefilter.StandardWriteFilterFactory;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.xml.sax.SAXException;

/**
 * One source through Tika, within the limits: detect its type by content and check it against its name and the
 * allow-list ({@link TypeCheck}), refuse ZIP bombs ({@link InflationGuard}), parse with a bound on text
 * ({@link BoundedText}) and on embedded documents ({@link LimitedEmbeddedExtractor}), and read image facts.
 * Detection and parsing share one {@link TikaInputStream}, so a container Tika opened to detect the type (an OOXML
 * package) is parsed without being opened again.
 *
 * <p>Runs on a worker thread and stops soon after it is interrupted. Thread-safe: the Tika configuration and parser
 * are shared, everything else is per call.
 */
final class TikaExtraction {

    private static final String CONFIG = "tika-config.xml";

    /** How many times the largest accepted file one ZIP part may inflate to: far more than any real document part. */
    private static final long PART_INFLATION = 10;

    private final ExtractionLimits limits;
    private final TikaConfig tika;
    private final AutoDetectParser parser;
    private final TypeCheck typeCheck;
    private final InflationGuard inflationGuard;

    TikaExtraction(ExtractionLimits limits) {
        this.limits = limits;
        this.tika = loadConfig();
        this.parser = new AutoDetectParser(tika);
        AutoDetectParserConfig parserConfig = new AutoDetectParserConfig();
        parserConfig.setMetadataWriteFilterFactory(new StandardWriteFilterFactory()); // Tika's caps on metadata size
        parser.setAutoDetectParserConfig(parserConfig);
        this.typeCheck = new TypeCheck(tika);
        this.inflationGuard = new InflationGuard(limits.maxBytes() > Long.MAX_VALUE / PART_INFLATION
                ? Long.MAX_VALUE : limits.maxBytes() * PART_INFLATION);
    }

    ExtractedSource extract(SpooledSource source, String fileName) throws SourceRejectedException, IOException {
        try (TikaInputStream in = source.open()) {
            MediaType type = typeCheck.accept(in, fileName);
            if (tika.getMediaTypeRegistry().isSpecializationOf(type, MediaType.APPLICATION_ZIP)) {
                inflationGuard.check(in.getPath()); // the file the parser will open too
            }
            Metadata metadata = new Metadata();
            if (fileName != null && !fileName.isBlank()) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            }
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString()); // parse as decided, no re-detection
            BoundedText text = new BoundedText(limits.maxTextCharacters());
            LimitedEmbeddedExtractor embedded = parse(in, text, metadata, type);
            if (text.exceeded()) {
                throw ParseFailures.textTooLong(limits.maxTextCharacters(), null);
            }
            if (embedded.breach().isPresent()) {
                throw new SourceRejectedException(Reason.TOO_COMPLEX, embedded.breach().get());
            }
            return result(source, fileName, type, text.toString(), metadata);
        }
    }

    private LimitedEmbeddedExtractor parse(InputStream in, BoundedText text, Metadata metadata, MediaType type)
            throws SourceRejectedException, IOException {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // embedded documents are parsed too, with the same parser
        LimitedEmbeddedExtractor embedded = new LimitedEmbeddedExtractor(context, tika.getDetector(),
                tika.getMediaTypeRegistry(), inflationGuard, limits.maxEmbeddedDepth(), limits.maxEmbeddedResources());
        context.set(EmbeddedDocumentExtractor.class, embedded);
        try {
            parser.parse(in, new BodyContentHandler(text), metadata, context);
        } catch (TikaException | SAXException | RuntimeException e) {
            if (text.exceeded()) {
                throw ParseFailures.textTooLong(limits.maxTextCharacters(), e);
            }
            throw ParseFailures.rejection(e, type, limits.maxTextCharacters());
        }
        return embedded;
    }

    private ExtractedSource result(SpooledSource source, String fileName, MediaType type, String text, Metadata metadata)
            throws SourceRejectedException, IOException {
        boolean image = "image".equals(type.getType());
        String body = image ? "" : text.strip();
        if (!image && body.isEmpty()) {
            throw new SourceRejectedException(Reason.EMPTY, "The file has no text that could be extracted"
                    + (type.equals(MediaType.application("pdf")) ? " (a scan? Text in images is not recognised)" : ""));
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title == null || title.isBlank()) {
            title = fileName == null ? "" : fileName.strip();
        }
        return new ExtractedSource(title.strip(), type.toString(), body, asMap(metadata), source.sha256(), source.size(),
                image ? ImageFactsReader.read(source, metadata) : null);
    }

    private static Map<String, String> asMap(Metadata metadata) {
        Map<String, String> map = new TreeMap<>();
        for (String name : metadata.names()) {
            map.put(name, String.join("; ", metadata.getValues(name)));
        }
        return Collections.unmodifiableMap(map);
    }

    private static TikaConfig loadConfig() {
        try (InputStream xml = TikaExtraction.class.getResourceAsStream(CONFIG)) {
            if (xml == null) {
                throw new IllegalStateException(CONFIG + " is missing from the classpath");
            }
            return new TikaConfig(xml);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CONFIG, e);
        } catch (TikaException | SAXException e) {
            throw new IllegalStateException(CONFIG + " is not a valid Tika configuration", e);
        }
    }
}
