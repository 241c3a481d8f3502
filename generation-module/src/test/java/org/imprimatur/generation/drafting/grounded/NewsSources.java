package org.imprimatur.generation.drafting.grounded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;

/**
 * The test sources: three accounts of one event (a city's press release, a wire story, a cooperative's release,
 * with quotations spanning sentences, figures, a repeated sentence and boilerplate footers) and one off-topic
 * football report. Each source's id is its file name without {@code .txt}.
 */
final class NewsSources {

    static final String CITY = "city-release";
    static final String WIRE = "wire-story";
    static final String COOPERATIVE = "cooperative-release";
    static final String FOOTBALL = "football-report";

    private NewsSources() {
    }

    static SourceDocument load(String id) {
        return document(id, "en", read(id + ".txt"));
    }

    static SourceDocument document(String id, String language, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceDocument(id, id, "text/plain", language, Sha256.of(bytes), id + ".txt", text, Map.of(),
                SourceRights.UNKNOWN);
    }

    /** The sources' passages, embedded as ingestion embeds them, and search over them. */
    static PassageIndex index(List<SourceDocument> sources, SentenceEmbedder embedder) {
        List<Passage> passages = new ArrayList<>();
        for (SourceDocument source : sources) {
            passages.addAll(TextSegmenter.english().passages(source.id(), source.text()));
        }
        return new PassageIndex(passages, embedder.embed(passages.stream().map(Passage::text).toList()), embedder);
    }

    private static String read(String name) {
        try (InputStream in = NewsSources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
