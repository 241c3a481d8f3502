package org.imprimatur.generation.drafting.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.imprimatur.generation.drafting.llm.CitedArticle.Citation;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.source.Attribution;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Turns a model's citations into attributions: one per sentence of the body, listing the passages the sentence
 * cites, each scored by how close the sentence's meaning is to it.
 *
 * <p>A citation belongs to the sentence it follows: the last sentence that starts before the marker stood, so
 * both {@code "rose 4% [1]."} and {@code "rose 4%. [1]"} cite for that sentence. A sentence with no citation gets
 * the explicit "no source" mark, an empty list; the model's say-so is never taken as the only evidence, so
 * reviewers see the score next to each cited passage. The cited sentences are embedded in one batch with the
 * model the passages were embedded with.
 *
 * <p>Thread-safe: holds only the shared segmenter.
 */
final class CitationAttributor {

    private final TextSegmenter segmenter;

    CitationAttributor(TextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * Attributes every sentence of the article's body.
     *
     * @param article  the parsed answer
     * @param numbered the prompt's passages, in citation order ({@code [1]} is the first)
     * @param passages the stored vectors and the embedding model
     */
    List<Attribution> attribute(CitedArticle article, List<Passage> numbered, SourcePassages passages) {
        List<Sentence> sentences = segmenter.sentences(article.body());
        List<Set<Integer>> cited = citedPerSentence(sentences, article.citations());

        List<String> citingTexts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!cited.get(i).isEmpty()) {
                citingTexts.add(sentences.get(i).text());
            }
        }
        List<float[]> vectors = citingTexts.isEmpty() ? List.of() : passages.embed(citingTexts);

        List<Attribution> attributions = new ArrayList<>(sentences.size());
        int citing = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<Evidence> evidence = new ArrayList<>();
            if (!cited.get(i).isEmpty()) {
                float[] sentence = vectors.get(citing++);
                for (int index : cited.get(i)) {
                    Passage passage = numbered.get(index);
                    double score = SourcePassages.similarity(sentence, passages.vector(passage));
                    evidence.add(new Evidence(passage.sourceId(), passage.span(), passage.text(), score));
                }
                evidence.sort(Comparator.comparingDouble(Evidence::score).reversed());
            }
            attributions.add(new Attribution(sentences.get(i).span(), evidence));
        }
        return attributions;
    }

    private static List<Set<Integer>> citedPerSentence(List<Sentence> sentences, List<Citation> citations) {
        List<Set<Integer>> cited = new ArrayList<>(sentences.size());
        sentences.forEach(sentence -> cited.add(new LinkedHashSet<>()));
        if (sentences.isEmpty()) {
            return cited;
        }
        for (Citation citation : citations) {
            int owner = 0;
            for (int i = 0; i < sentences.size() && sentences.get(i).span().start() < citation.offset(); i++) {
                owner = i;
            }
            cited.get(owner).addAll(citation.passages());
        }
        return cited;
    }
}
