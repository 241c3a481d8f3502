package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (mail attachments, objects in office files, archive entries) as Tika's own extractor
 * does, within the source's limits: how deep they nest, how many there are, and the {@link InflationGuard} for those
 * that are ZIP containers themselves.
 *
 * <p>A breach is recorded, not thrown: parsers catch and log what goes wrong in an embedded document and carry on,
 * so this extractor skips the document, stops taking further ones, and {@link #breach()} tells the caller to reject
 * the source once the parse returns. One per parse; not thread-safe.
 */
final class LimitedEmbeddedExtractor implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor parsing;
    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final InflationGuard inflationGuard;
    private final int maxDepth;
    private final int maxResources;
    private int depth;
    private int parsed;
    private String breach;

    LimitedEmbeddedExtractor(ParseContext context, Detector detector, MediaTypeRegistry registry,
                             InflationGuard inflationGuard, int maxDepth, int maxResources) {
        this.parsing = new ParsingEmbeddedDocumentExtractor(context);
        this.detector = detector;
        this.registry = registry;
        this.inflationGuard = inflationGuard;
        this.maxDepth = maxDepth;
        this.maxResources = maxResources;
    }

    /** The first limit an embedded document broke, in words; empty if none did. */
    Optional<String> breach() {
        return Optional.ofNullable(breach);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return breach == null && parsing.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (breach != null) {
            return;
        }
        if (depth + 1 > maxDepth) {
            breach = "The file nests documents inside one another more than " + maxDepth + " deep";
            return;
        }
        if (++parsed > maxResources) {
            breach = "The file embeds more than " + maxResources + " documents";
            return;
        }
        try (TemporaryResources tmp = new TemporaryResources()) {
            TikaInputStream in = TikaInputStream.get(stream, tmp, metadata);
            if (isZip(in, metadata)) {
                try {
                    inflationGuard.check(in.getPath());
                } catch (SourceRejectedException e) {
                    breach = "An embedded document is refused. " + e.getMessage();
                    return;
                }
            }
            depth++;
            try {
                parsing.parseEmbedded(in, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }

    private boolean isZip(TikaInputStream in, Metadata metadata) throws IOException {
        MediaType type = detector.detect(in, metadata);
        return registry.isSpecializationOf(type, MediaType.APPLICATION_ZIP) || type.equals(MediaType.APPLICATION_ZIP);
    }
}
