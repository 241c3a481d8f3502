package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Passages that remember every text they were asked to embed, so that several checks of one revision, which embed
 * largely the same sentences, pay for each sentence once. Meant to live as long as one revision's checks; it never
 * forgets, so it is not for long-lived use.
 *
 * <p><b>Threading:</b> safe to use from several threads at once; two threads asking for the same new text at the
 * same moment may both embed it, and the first answer is kept.
 */
public final class RememberedEmbeddings implements SourcePassages {

    private final SourcePassages passages;
    private final Map<String, float[]> remembered = new ConcurrentHashMap<>();

    public RememberedEmbeddings(SourcePassages passages) {
        this.passages = passages;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(remembered::containsKey);
        if (!missing.isEmpty()) {
            List<float[]> vectors = passages.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                remembered.putIfAbsent(missing.get(i), vectors.get(i));
            }
        }
        return texts.stream().map(remembered::get).toList();
    }

    @Override
    public List<Passage> all() {
        return passages.all();
    }

    @Override
    public List<ScoredPassage> search(String query, int limit) {
        return passages.search(query, limit);
    }

    @Override
    public float[] vector(Passage passage) {
        return passages.vector(passage);
    }

    @Override
    public String embeddingModel() {
        return passages.embeddingModel();
    }
}
