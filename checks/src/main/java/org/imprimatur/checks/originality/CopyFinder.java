package org.imprimatur.checks.originality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.imprimatur.spi.check.Span;

/**
 * Finds the runs of a text that repeat a run of one of a set of sources, word for word or nearly, in time about linear
 * in the length of the texts.
 *
 * <ol>
 *   <li>The sources' words ({@link WordSequence}) are laid end to end, with a separator between sources that matches
 *       nothing, and every {@value #SEED_WORDS}-word shingle of them is hashed into a table.</li>
 *   <li>Each shingle of the text that is also a shingle of a source is a seed, unless the words before it match too
 *       (then it lies inside a match found from an earlier seed) or it is one of a run already found. A shingle that
 *       occurs more than {@value #MAX_SEED_OCCURRENCES} times in the sources is boilerplate and seeds nothing, which
 *       keeps repetitive sources from making the search quadratic.</li>
 *   <li>A seed is extended word by word while text and source agree. Where they part, the run goes on if they agree
 *       again on {@value #ANCHOR_WORDS} words after at most {@value #MAX_GAP} words on either side — a word changed,
 *       added or left out, a number rewritten — and ends otherwise.</li>
 * </ol>
 *
 * <p>Built for one comparison and then discarded; not thread-safe.
 */
final class CopyFinder {

    /** The words two texts must share in a row before a run is looked for. */
    static final int SEED_WORDS = 8;
    /** The most words on either side that one edit inside a run may change, add or leave out. */
    static final int MAX_GAP = 2;
    /** The words text and source must share again after an edit for the run to go on. */
    static final int ANCHOR_WORDS = 4;
    static final int MAX_SEED_OCCURRENCES = 64;

    private static final int SEPARATOR = -1;

    private final Vocabulary vocabulary = new Vocabulary();
    /** The sources' word ids end to end, with a separator before, between and after them. */
    private final int[] corpus;
    private final int[] corpusSource;
    private final int[] corpusStart;
    private final int[] corpusEnd;
    private final SeedTable seeds;

    /** Indexes {@code sources}, whose positions in the list are the {@link CopiedRun#source()} of the runs found. */
    CopyFinder(List<String> sources) {
        List<WordSequence> sequences = new ArrayList<>(sources.size());
        int length = 1;
        for (String source : sources) {
            WordSequence words = WordSequence.of(source, vocabulary);
            sequences.add(words);
            length += words.size() + 1;
        }
        corpus = new int[length];
        corpusSource = new int[length];
        corpusStart = new int[length];
        corpusEnd = new int[length];
        corpus[0] = SEPARATOR;
        int position = 1;
        for (int s = 0; s < sequences.size(); s++) {
            WordSequence words = sequences.get(s);
            for (int w = 0; w < words.size(); w++, position++) {
                corpus[position] = words.id(w);
                corpusSource[position] = s;
                corpusStart[position] = words.start(w);
                corpusEnd[position] = words.end(w);
            }
            corpus[position++] = SEPARATOR;
        }
        seeds = new SeedTable(length);
        for (int p = 1; p + SEED_WORDS <= length; p++) {
            if (noSeparator(p, SEED_WORDS)) {
                seeds.add(shingle(corpus, p), p);
            }
        }
    }

    /**
     * The runs of {@code text} that repeat a source, in the order their seeds occur in the text; runs of different
     * sources, or of different places in one source, may overlap.
     *
     * @param quoted the quoted stretches of {@code text} ({@link Quotations}); their words are not counted
     * @return every run of at least {@value #SEED_WORDS} words, however short; runs wholly inside quotations are left out
     */
    List<CopiedRun> find(String text, List<Span> quoted) {
        WordSequence words = WordSequence.of(text, vocabulary);
        int[] ids = words.ids();
        boolean[] counted = unquoted(words, quoted);
        List<Alignment> found = new ArrayList<>();
        List<Alignment> open = new ArrayList<>();
        for (int i = 0; i + SEED_WORDS <= ids.length; i++) {
            int at = i;
            open.removeIf(alignment -> alignment.end() <= at);
            for (int p = seeds.first(shingle(ids, i)); p >= 0; p = seeds.next(p)) {
                if (sameWords(ids, i, p, SEED_WORDS) && startsHere(ids, i, p) && !covered(open, i, p)) {
                    Alignment alignment = extend(ids, i, p);
                    found.add(alignment);
                    open.add(alignment);
                }
            }
        }
        List<CopiedRun> runs = new ArrayList<>(found.size());
        for (Alignment alignment : found) {
            CopiedRun run = alignment.run(words, counted);
            if (run != null) {
                runs.add(run);
            }
        }
        return runs;
    }

    /**
     * Follows text and source from a seed at text word {@code i} and corpus position {@code p}, across small edits:
     * backwards first, for the pieces before the seed too short to have seeded a run of their own, then forwards.
     */
    private Alignment extend(int[] ids, int i, int p) {
        Alignment alignment = new Alignment();
        int t = i;
        int c = p;
        for (int[] gap = resynchronisation(ids, t, c, false); gap != null; gap = resynchronisation(ids, t, c, false)) {
            t -= gap[0];
            c -= gap[1];
            int length = 0;
            while (t - length > 0 && ids[t - length - 1] == corpus[c - length - 1]) {
                length++;
            }
            t -= length;
            c -= length;
            alignment.addBefore(t, c, length);
        }
        t = i;
        c = p;
        while (true) {
            int length = 0;
            while (t + length < ids.length && ids[t + length] == corpus[c + length]) {
                length++;
            }
            alignment.add(t, c, length);
            t += length;
            c += length;
            int[] gap = resynchronisation(ids, t, c, true);
            if (gap == null) {
                return alignment;
            }
            t += gap[0];
            c += gap[1];
        }
    }

    /**
     * The smallest edit across which text and source agree again on {@value #ANCHOR_WORDS} words, looking forwards
     * from text word {@code t} and corpus position {@code c}, or backwards from just before them:
     * {@code {text words skipped, source words skipped}}, or {@code null} if there is none.
     */
    private int[] resynchronisation(int[] ids, int t, int c, boolean forwards) {
        for (int total = 1; total <= 2 * MAX_GAP; total++) {
            for (int skipText = Math.min(total, MAX_GAP); skipText >= Math.max(0, total - MAX_GAP); skipText--) {
                int skipSource = total - skipText;
                int textAnchor = forwards ? t + skipText : t - skipText - ANCHOR_WORDS;
                int sourceAnchor = forwards ? c + skipSource : c - skipSource - ANCHOR_WORDS;
                int skippedFrom = forwards ? c : c - skipSource;
                if (textAnchor >= 0 && textAnchor + ANCHOR_WORDS <= ids.length && sourceAnchor >= 0
                        && noSeparator(skippedFrom, skipSource) && sameWords(ids, textAnchor, sourceAnchor, ANCHOR_WORDS)) {
                    return new int[] {skipText, skipSource};
                }
            }
        }
        return null;
    }

    /** Whether text words {@code i..i+count} are corpus words {@code p..p+count}; the separators match no word. */
    private boolean sameWords(int[] ids, int i, int p, int count) {
        for (int k = 0; k < count; k++) {
            if (ids[i + k] != corpus[p + k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a match at text word {@code i} and corpus position {@code p} cannot be extended to the left. */
    private boolean startsHere(int[] ids, int i, int p) {
        return i == 0 || ids[i - 1] != corpus[p - 1];
    }

    /** Whether the {@code count} corpus positions from {@code from} are all words of one source. */
    private boolean noSeparator(int from, int count) {
        if (from + count > corpus.length) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (corpus[k] == SEPARATOR) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Alignment> open, int i, int p) {
        for (Alignment alignment : open) {
            if (alignment.aligns(i, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] unquoted(WordSequence words, List<Span> quoted) {
        boolean[] counted = new boolean[words.size()];
        int q = 0;
        for (int w = 0; w < counted.length; w++) {
            while (q < quoted.size() && quoted.get(q).end() <= words.start(w)) {
                q++;
            }
            counted[w] = q == quoted.size() || words.start(w) < quoted.get(q).start();
        }
        return counted;
    }

    private static long shingle(int[] ids, int from) {
        long hash = 0xcbf29ce484222325L;
        for (int k = from; k < from + SEED_WORDS; k++) {
            hash = (hash ^ ids[k]) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        return hash ^ (hash >>> 33);
    }

    /**
     * The pieces of one run: stretches where text and source agree word for word, in order, with the small edits
     * between them implied.
     */
    private final class Alignment {

        private int[] textStarts = new int[4];
        private int[] corpusStarts = new int[4];
        private int[] lengths = new int[4];
        private int pieces;

        /** Adds a piece before the first. */
        void addBefore(int textStart, int corpusStart, int length) {
            add(textStart, corpusStart, length);
            for (int k = pieces - 1; k > 0; k--) {
                swap(textStarts, k);
                swap(corpusStarts, k);
                swap(lengths, k);
            }
        }

        private static void swap(int[] values, int k) {
            int value = values[k];
            values[k] = values[k - 1];
            values[k - 1] = value;
        }

        /** Adds a piece after the last. */
        void add(int textStart, int corpusStart, int length) {
            if (pieces == lengths.length) {
                textStarts = Arrays.copyOf(textStarts, pieces * 2);
                corpusStarts = Arrays.copyOf(corpusStarts, pieces * 2);
                lengths = Arrays.copyOf(lengths, pieces * 2);
            }
            textStarts[pieces] = textStart;
            corpusStarts[pieces] = corpusStart;
            lengths[pieces] = length;
            pieces++;
        }

        /** One past the last text word of the run. */
        int end() {
            return textStarts[pieces - 1] + lengths[pieces - 1];
        }

        /** Whether text word {@code i} is matched to corpus position {@code p} in one of the pieces. */
        boolean aligns(int i, int p) {
            for (int k = 0; k < pieces; k++) {
                if (i >= textStarts[k] && i < textStarts[k] + lengths[k] && p - corpusStarts[k] == i - textStarts[k]) {
                    return true;
                }
            }
            return false;
        }

        /** The run as the check reports it, trimmed to its unquoted words; {@code null} if every word is quoted. */
        CopiedRun run(WordSequence words, boolean[] counted) {
            int firstMatched = -1;
            int lastMatched = -1;
            int verbatim = 0;
            for (int k = 0; k < pieces; k++) {
                for (int w = textStarts[k]; w < textStarts[k] + lengths[k]; w++) {
                    if (counted[w]) {
                        verbatim++;
                        lastMatched = corpusStarts[k] + (w - textStarts[k]);
                        if (firstMatched < 0) {
                            firstMatched = lastMatched;
                        }
                    }
                }
            }
            if (verbatim == 0) {
                return null;
            }
            int first = textStarts[0];
            int last = end() - 1;
            while (!counted[first]) {
                first++;
            }
            while (!counted[last]) {
                last--;
            }
            int runWords = 0;
            for (int w = first; w <= last; w++) {
                runWords += counted[w] ? 1 : 0;
            }
            return new CopiedRun(corpusSource[firstMatched], words.span(first, last),
                    new Span(corpusStart[firstMatched], corpusEnd[lastMatched]), runWords, verbatim);
        }
    }

    /**
     * Corpus positions by the hash of the shingle starting there: open addressing over the hashes, each with a chain of
     * its positions threaded through an array.
     */
    private static final class SeedTable {

        private final long[] keys;
        private final int[] heads;
        private final int[] counts;
        private final int[] next;
        private final int mask;

        SeedTable(int positions) {
            int capacity = Integer.highestOneBit(Math.max(2, positions) * 2 - 1) * 2;
            keys = new long[capacity];
            heads = new int[capacity];
            counts = new int[capacity];
            next = new int[positions];
            mask = capacity - 1;
        }

        void add(long key, int position) {
            int slot = slot(key);
            if (counts[slot] == 0) {
                keys[slot] = key;
                heads[slot] = -1;
            }
            next[position] = heads[slot];
            heads[slot] = position;
            counts[slot]++;
        }

        /** The last position with this shingle hash, or -1 when there is none or it is too common to seed a run. */
        int first(long key) {
            int slot = slot(key);
            return counts[slot] == 0 || counts[slot] > MAX_SEED_OCCURRENCES ? -1 : heads[slot];
        }

        /** The position before {@code position} with the same shingle hash, or -1. */
        int next(int position) {
            return next[position];
        }

        private int slot(long key) {
            int slot = (int) key & mask;
            while (counts[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
