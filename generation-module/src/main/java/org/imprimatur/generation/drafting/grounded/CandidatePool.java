package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Gathers what a draft may draw on: the sources' excerpts ({@link ExcerptCutter}) that are not junk
 * ({@link JunkFilter}), not a repeat of an earlier sentence, and about the brief.
 *
 * <p>Two measures of "about the brief", for two jobs. Ranking uses the hybrid score of
 * {@link SourcePassages#search}, which rewards the brief's own words (names, places) as well as its meaning. The
 * relevance floor uses the plain cosine similarity of a sentence's stored embedding to the brief's: hybrid scores
 * are relative to the best match among the sources, so some passage always scores high, even when every source is
 * off the subject; cosine similarity is absolute, so it can say "nothing here is about this".
 *
 * <p>Stateless; safe to use from several threads at once.
 */
final class CandidatePool {

    private CandidatePool() {
    }

    /**
     * The candidates, in source order (sources as given, text order within each).
     *
     * @param index          the passages and search over them
     * @param sourceIds      the sources the draft may draw on; passages of others are ignored
     * @param brief          what the draft is about, as one query
     * @param relevanceFloor the least cosine similarity to the brief one sentence of a candidate must reach
     */
    static List<Candidate> gather(SourcePassages index, Set<String> sourceIds, String brief, double relevanceFloor) {
        List<Passage> all = index.all();
        Map<Passage, Double> hybrid = new HashMap<>();
        for (ScoredPassage found : index.search(brief, all.size())) {
            hybrid.put(found.passage(), found.score());
        }
        float[] briefVector = index.embed(List.of(brief)).get(0);

        List<Candidate> candidates = new ArrayList<>();
        Set<String> seenSentences = new HashSet<>();
        for (List<Passage> source : bySource(all, sourceIds).values()) {
            for (Excerpt excerpt : ExcerptCutter.cut(source)) {
                if (JunkFilter.isJunk(excerpt) || !firstSaying(excerpt, seenSentences)) {
                    continue;
                }
                List<float[]> vectors = excerpt.passages().stream().map(index::vector).toList();
                double closeness = vectors.stream()
                        .mapToDouble(vector -> SourcePassages.similarity(vector, briefVector)).max().orElse(0);
                if (closeness >= relevanceFloor) {
                    double relevance = excerpt.passages().stream()
                            .mapToDouble(passage -> hybrid.getOrDefault(passage, 0.0)).max().orElse(0);
                    candidates.add(Candidate.of(excerpt, relevance, vectors));
                }
            }
        }
        return candidates;
    }

    private static Map<String, List<Passage>> bySource(List<Passage> passages, Set<String> sourceIds) {
        Map<String, List<Passage>> bySource = new LinkedHashMap<>();
        for (Passage passage : passages) {
            if (sourceIds.contains(passage.sourceId())) {
                bySource.computeIfAbsent(passage.sourceId(), id -> new ArrayList<>()).add(passage);
            }
        }
        return bySource;
    }

    /**
     * Whether no sentence of {@code excerpt} was said before; if none was, remembers its sentences. Wire copy
     * repeats itself across sources, and the first telling (sources in the editor's order) is kept.
     */
    private static boolean firstSaying(Excerpt excerpt, Set<String> seenSentences) {
        List<String> keys = excerpt.passages().stream().map(passage -> sentenceKey(passage.text())).toList();
        if (keys.stream().anyMatch(seenSentences::contains)) {
            return false;
        }
        seenSentences.addAll(keys);
        return true;
    }

    /** A sentence's words, lower case: equal for copies that differ in spacing, quote style or punctuation. */
    private static String sentenceKey(String sentence) {
        return String.join(" ", Words.of(sentence.toLowerCase(Locale.ROOT)));
    }
}
