package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the chosen excerpts in reading order and cuts them into paragraphs.
 *
 * <ol>
 *   <li>The standfirst, the body's first paragraph, is the excerpt chosen first: the most relevant. When that is a
 *       single sentence and so is the second chosen, the second joins it, so the standfirst holds one or two of the
 *       top sentences.</li>
 *   <li>The other excerpts are grouped by source, sources in the order their first excerpt was chosen (the most
 *       relevant account first), and keep their source's order within a group. An extractive draft cannot rewrite
 *       transitions or pronouns, so the order its author chose is the one in which "she added" follows the sentence
 *       naming her and a figure follows what it measures. Grouping by source rather than by sub-topic across
 *       sources keeps each account's thread; selection has already removed what the sources repeat of each
 *       other.</li>
 *   <li>Excerpts from one paragraph of a source form one body paragraph.</li>
 * </ol>
 * Stateless.
 */
final class ArticleLayout {

    private ArticleLayout() {
    }

    /**
     * @param chosen the chosen candidates in the order chosen; not empty
     * @return the body's paragraphs, each a list of excerpts in reading order
     */
    static List<List<Excerpt>> paragraphs(List<Candidate> chosen) {
        List<Excerpt> ranked = chosen.stream().map(Candidate::excerpt).toList();
        int leadSize = ranked.size() > 1 && isSingleSentence(ranked.get(0)) && isSingleSentence(ranked.get(1)) ? 2 : 1;
        List<List<Excerpt>> paragraphs = new ArrayList<>();
        paragraphs.add(ranked.subList(0, leadSize));

        Map<String, List<Excerpt>> bySource = new LinkedHashMap<>();
        for (Excerpt excerpt : ranked.subList(leadSize, ranked.size())) {
            bySource.computeIfAbsent(excerpt.sourceId(), id -> new ArrayList<>()).add(excerpt);
        }
        for (List<Excerpt> source : bySource.values()) {
            source.sort(Comparator.comparingInt(excerpt -> excerpt.first().index()));
            List<Excerpt> paragraph = new ArrayList<>();
            for (Excerpt excerpt : source) {
                if (!paragraph.isEmpty() && paragraph.get(0).paragraph() != excerpt.paragraph()) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                }
                paragraph.add(excerpt);
            }
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    private static boolean isSingleSentence(Excerpt excerpt) {
        return excerpt.passages().size() == 1;
    }
}
