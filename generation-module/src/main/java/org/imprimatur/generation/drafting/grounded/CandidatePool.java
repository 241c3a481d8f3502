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
 * relevance floor uses meaning alone: sharing the brief's words is not being about it (the town's football club
 * shares the town's name with the town's solar farm), so wording may reorder what is on the subject but must not let
 * in what is not. An excerpt's closeness to the brief is the best cosine similarity of its sentences' stored
 * embeddings to the brief's, or {@value #PARAGRAPH_SHARE} of the best in its source paragraph if that is higher: a
 * sentence embedding sees one sentence, and "Construction cost €61.5 million." says nothing about a solar farm
 * until its paragraph does. Context is the paragraph, not the source, so an off-topic story on the same page does
 * not come in with the on-topic one.
 *
 * <p>Stateless; safe to use from several threads at once.
 */
final class CandidatePool {

    /** How much of its paragraph's closeness to the brief a sentence inherits. */
    static final double PARAGRAPH_SHARE = 0.5;

    private CandidatePool() {
    }

    /**
     * The candidates, in source order (sources as given, text order within each).
     *
     * @param index          the passages and search over them
     * @param sourceIds      the sources the draft may draw on; passages of others are ignored
     * @param brief          what the draft is about, as one query
     * @param relevanceFloor the least closeness to the brief a candidate needs, in [0, 1]
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
            List<Excerpt> excerpts = ExcerptCutter.cut(JunkFilter.withoutFooter(source)).stream().filter(excerpt -> !JunkFilter.isJunk(excerpt)).toList();
            double[] meaning = new double[excerpts.size()];
            Map<Integer, Double> paragraphBest = new HashMap<>();
            for (int i = 0; i < excerpts.size(); i++) {
                meaning[i] = excerpts.get(i).passages().stream()
                        .mapToDouble(passage -> SourcePassages.similarity(index.vector(passage), briefVector)).max().orElse(0);
                paragraphBest.merge(excerpts.get(i).paragraph(), meaning[i], Math::max);
            }
            for (int i = 0; i < excerpts.size(); i++) {
                Excerpt excerpt = excerpts.get(i);
                double closeness = Math.max(meaning[i], PARAGRAPH_SHARE * paragraphBest.get(excerpt.paragraph()));
                if (closeness >= relevanceFloor && firstSaying(excerpt, seenSentences)) {
                    double relevance = excerpt.passages().stream()
                            .mapToDouble(passage -> hybrid.getOrDefault(passage, 0.0)).max().orElse(0);
                    candidates.add(Candidate.of(excerpt, relevance, excerpt.passages().stream().map(index::vector).toList()));
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
