package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprimatur.nlp.LruCache;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * The sources' passages as the fact signals read them, for one check: stored vectors, each passage's
 * {@link PassageFacts} (from the cache, worked out once per passage text), how rare each term is across these
 * passages, and, worked out on first use and kept, the names each passage mentions, read with the names all of them
 * use.
 *
 * <p><b>Threading:</b> not thread-safe; one check builds one and uses it on one thread.
 */
final class SourceView {

    private final List<Passage> passages;
    private final float[][] vectors;
    private final PassageFacts[] facts;
    private final Map<String, Double> idf;
    /** For each term, the passages that hold it, in order: wording is scored by walking these, not every passage. */
    private final Map<String, int[]> postings;
    /** Passage texts with white space collapsed, to the first passage of that text. */
    private final Map<String, Integer> byText = new HashMap<>();
    private final Map<String, List<Integer>> bySource = new HashMap<>();
    private final Map<Integer, Integer> positionInSource = new HashMap<>();
    private final List<Name>[] named;
    private final Set<String> knownNames = new HashSet<>();

    private static final int[] NONE = {};

    @SuppressWarnings("unchecked")
    SourceView(SourcePassages source, LruCache<String, PassageFacts> cache) {
        this.passages = source.all();
        this.vectors = new float[passages.size()][];
        this.facts = new PassageFacts[passages.size()];
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            vectors[i] = source.vector(passage);
            facts[i] = cache.get(passage.text());
            int position = i;
            facts[i].terms().forEach(term -> holders.computeIfAbsent(term, t -> new ArrayList<>()).add(position));
            byText.putIfAbsent(facts[i].normalisedText(), i);
            knownNames.addAll(facts[i].knownNames());
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
        this.named = new List[passages.size()];
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
        return facts[i].terms();
    }

    /** The facts of passage {@code i} that depend on its text alone. */
    PassageFacts facts(int i) {
        return facts[i];
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
        return byText.getOrDefault(PassageFacts.normalised(text), -1);
    }

    List<Quantity> quantities(int i) {
        return facts[i].quantities();
    }

    List<DateMention> dates(int i) {
        return facts[i].dates();
    }

    /** The {@link Name#key keys} of the passage's capitalised words: where names are looked up. */
    Set<String> capitalised(int i) {
        return facts[i].capitalised();
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
        return facts[i].polarity();
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
