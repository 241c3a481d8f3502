package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * The sources' passages as the fact signals read them, for one check: stored vectors, content terms and how rare each
 * is across the passages, and, worked out on first use and kept, each passage's numbers, dates, names and polarity.
 *
 * <p><b>Threading:</b> not thread-safe; one check builds one and uses it on one thread.
 */
final class SourceView {

    private final List<Passage> passages;
    private final float[][] vectors;
    private final List<Set<String>> terms;
    private final Map<String, Double> idf;
    /** For each term, the passages that hold it, in order: wording is scored by walking these, not every passage. */
    private final Map<String, int[]> postings;
    /** Passage texts with white space collapsed, to the first passage of that text. */
    private final Map<String, Integer> byText = new HashMap<>();
    private final Map<String, List<Integer>> bySource = new HashMap<>();
    private final Map<Integer, Integer> positionInSource = new HashMap<>();
    private final List<Quantity>[] quantities;
    private final List<DateMention>[] dates;
    private final Set<String>[] capitalised;
    private final List<Name>[] named;
    private final Polarity[] polarities;
    private final Set<String> knownNames = new HashSet<>();

    private static final int[] NONE = {};

    @SuppressWarnings("unchecked")
    SourceView(SourcePassages source) {
        this.passages = source.all();
        this.vectors = new float[passages.size()][];
        this.terms = new ArrayList<>(passages.size());
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            vectors[i] = source.vector(passage);
            Set<String> passageTerms = Words.contentTerms(passage.text());
            terms.add(passageTerms);
            int position = i;
            passageTerms.forEach(term -> holders.computeIfAbsent(term, t -> new ArrayList<>()).add(position));
            byText.putIfAbsent(normalised(passage.text()), i);
            knownNames.addAll(Names.known(passage.text()));
            List<Integer> ofSource = bySource.computeIfAbsent(passage.sourceId(), id -> new ArrayList<>());
            positionInSource.put(i, ofSource.size());
            ofSource.add(i);
        }
        this.idf = new HashMap<>(holders.size() * 2);
        this.postings = new HashMap<>(holders.size() * 2);
        holders.forEach((term, list) -> {
            idf.put(term, idf(list.size()));
            postings.put(term, list.stream().mapToInt(Integer::intValue).toArray());
        });
        this.quantities = new List[passages.size()];
        this.dates = new List[passages.size()];
        this.capitalised = new Set[passages.size()];
        this.named = new List[passages.size()];
        this.polarities = new Polarity[passages.size()];
    }

    int size() {
        return passages.size();
    }

    Passage passage(int i) {
        return passages.get(i);
    }

    float[] vector(int i) {
        return vectors[i];
    }

    Set<String> terms(int i) {
        return terms.get(i);
    }

    /**
     * How much a term tells a passage apart: Lucene's BM25 idf over the passages; a term no passage holds weighs as
     * much as the rarest possible, so that claims about things the sources never mention are not covered cheaply.
     */
    double weight(String term) {
        return idf.getOrDefault(term, idf(0));
    }

    /** The passages that hold {@code term}, in order; empty if none does. */
    int[] holders(String term) {
        return postings.getOrDefault(term, NONE);
    }

    /** The position of a passage whose text is {@code text} (white space aside), or -1. */
    int passageWithText(String text) {
        return byText.getOrDefault(normalised(text), -1);
    }

    private static String normalised(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    List<Quantity> quantities(int i) {
        if (quantities[i] == null) {
            quantities[i] = Quantities.of(passages.get(i).text());
        }
        return quantities[i];
    }

    List<DateMention> dates(int i) {
        if (dates[i] == null) {
            dates[i] = DateMentions.of(passages.get(i).text());
        }
        return dates[i];
    }

    /** The {@link Name#key keys} of the passage's capitalised words: where names are looked up. */
    Set<String> capitalised(int i) {
        if (capitalised[i] == null) {
            capitalised[i] = Names.capitalisedKeys(passages.get(i).text());
        }
        return capitalised[i];
    }

    /** The names the passage mentions, as written: {@link Names#namedRuns}. */
    List<Name> named(int i) {
        if (named[i] == null) {
            named[i] = Names.namedRuns(passages.get(i).text(), knownNames);
        }
        return named[i];
    }

    /** A passage's polarity in its own voice, as a claim's is read: a negation someone is quoted saying is theirs. */
    Polarity polarity(int i) {
        if (polarities[i] == null) {
            polarities[i] = Polarity.of(Quotations.outsideQuotations(passages.get(i).text()));
        }
        return polarities[i];
    }

    /** The words the sources use capitalised mid-sentence, lower-cased: {@link Names#known}. */
    Set<String> knownNames() {
        return knownNames;
    }

    /** The passages before and after passage {@code i} in its source, those that exist. */
    List<Integer> neighbours(int i) {
        List<Integer> ofSource = bySource.get(passages.get(i).sourceId());
        int position = positionInSource.get(i);
        List<Integer> neighbours = new ArrayList<>(2);
        if (position > 0) {
            neighbours.add(ofSource.get(position - 1));
        }
        if (position + 1 < ofSource.size()) {
            neighbours.add(ofSource.get(position + 1));
        }
        return neighbours;
    }

    /** Every source's passages, as positions in this view, in text order. */
    Iterable<List<Integer>> sources() {
        return bySource.values();
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (passages.size() - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }
}
