package org.imprimatur.generation.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.generation.ingest.ExtractedSource;
import org.imprimatur.generation.ingest.FetchedDocument;
import org.imprimatur.generation.ingest.SafeUrlFetcher;
import org.imprimatur.generation.ingest.SourceExtractor;
import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.generation.text.InertText;
import org.imprimatur.nlp.LanguageIdentifier;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.source.Passage;

/**
 * The expensive, transaction-free half of ingestion: reading the bytes (from an upload or a URL), extracting
 * them with Tika, then cutting the text into sentences and embedding each one, once.
 */
@ApplicationScoped
public class SourceIngestion {

    @Inject
    private SourceExtractor extractor;

    @Inject
    private SafeUrlFetcher fetcher;

    @Inject
    private SentenceEmbedder embedder;

    /** An uploaded file and the name it came with. */
    Extracted extract(InputStream bytes, String fileName) throws SourceRejectedException {
        // The file name is the uploader's words, shown as the source's origin (and title, if it has none).
        String inert = fileName == null ? "" : InertText.of(fileName).strip();
        String name = inert.isEmpty() ? "upload" : inert;
        return new Extracted(extractor.extract(bytes, name), name);
    }

    /** A page or file on the web; the origin is the URL it finally came from, after redirects. */
    Extracted fetch(URI url) throws SourceRejectedException {
        FetchedDocument document = fetcher.fetch(url);
        return new Extracted(extractor.extract(new ByteArrayInputStream(document.bytes()), document.fileName()),
                document.finalUrl().toString());
    }

    /**
     * Cuts the text into sentences and embeds them in one batch. The text is made inert first, so that no markup
     * a document smuggles through extraction reaches a passage, a draft or a page.
     */
    IngestedSource analyse(Extracted extracted) {
        ExtractedSource source = extracted.source();
        String id = UUID.randomUUID().toString();
        String text = InertText.of(source.text());
        List<Passage> passages = TextSegmenter.english().passages(id, text);
        List<float[]> vectors = embedder.embed(passages.stream().map(Passage::text).toList());
        String title = InertText.of(source.title() == null || source.title().isBlank() ? extracted.origin()
                : source.title());
        return new IngestedSource(id, title, source.mediaType(), LanguageIdentifier.shared().identify(text),
                source.sha256(), source.byteSize(), extracted.origin(), text, inert(source.metadata()),
                source.image(), passages, vectors);
    }

    /** A document's metadata (author, subject, keywords) is shown too: its values are outside text like the rest. */
    private static Map<String, String> inert(Map<String, String> metadata) {
        Map<String, String> clean = new LinkedHashMap<>();
        metadata.forEach((name, value) -> clean.put(name, InertText.of(value)));
        return clean;
    }

    SentenceEmbedder embedder() {
        return embedder;
    }

    /** Tika's result and where the bytes came from. */
    record Extracted(ExtractedSource source, String origin) {
    }
}
