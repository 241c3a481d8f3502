package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;

import org.imprimatur.spi.check.Span;

/**
 * Word tokens of a text from OpenNLP's English tokenizer model (Universal Dependencies English Web Treebank):
 * punctuation apart from words; abbreviations ({@code Mr.}, {@code U.S.}), numbers ({@code 4.50}, {@code 3,000}),
 * dates and e-mail addresses whole.
 *
 * <p>The model decides where to cut each white-space-separated run of the text from that run's characters alone, so
 * the cuts of the runs met lately are kept ({@value #CACHED_RUNS} of them, the least recently used forgotten first)
 * and the model asked again only about new ones: most runs of a text are words it has met before. The tokens are the
 * same as the model's on the whole text.
 *
 * <p><b>Threading:</b> safe to use from several threads at once. The model is loaded once and shared; a call that
 * meets a new run makes its own cheap tokenizer over it, so no per-thread state outlives a call.
 *
 * <p><b>Failure:</b> {@link #english()} throws {@link NlpModelException} if the model is missing or unreadable.
 */
public final class WordTokenizer {

    private static final Shared<WordTokenizer> ENGLISH =
            new Shared<>(() -> new WordTokenizer(ClasspathModels.tokenizerModel(ClasspathModels.TOKENIZER_EN)));

    /** Runs whose cuts are kept: a news vocabulary with its punctuated forms, about 150 bytes each. */
    static final int CACHED_RUNS = 50_000;

    private final TokenizerModel model;
    /** A run's tokens, as start and end offsets into the run, two ints a token. */
    private final LruCache<String, int[]> tokensOfRun;

    private WordTokenizer(TokenizerModel model) {
        this.model = model;
        this.tokensOfRun = new LruCache<>(CACHED_RUNS, this::tokenizeRun);
    }

    /** The shared English tokenizer, loaded on first use. */
    public static WordTokenizer english() {
        return ENGLISH.get();
    }

    /** The tokens of {@code text} in order, as UTF-16 offsets into it; white space is in none of them. */
    public List<Span> tokens(String text) {
        Objects.requireNonNull(text, "text");
        // The same runs as TokenizerME cuts the text into before it asks the model about each.
        opennlp.tools.util.Span[] runs = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> tokens = new ArrayList<>(runs.length + runs.length / 2);
        for (opennlp.tools.util.Span run : runs) {
            int offset = run.getStart();
            int[] within = tokensOfRun.get(text.substring(offset, run.getEnd()));
            for (int i = 0; i < within.length; i += 2) {
                tokens.add(new Span(offset + within[i], offset + within[i + 1]));
            }
        }
        return tokens;
    }

    private int[] tokenizeRun(String run) {
        opennlp.tools.util.Span[] found = new TokenizerME(model).tokenizePos(run);
        int[] within = new int[2 * found.length];
        for (int i = 0; i < found.length; i++) {
            within[2 * i] = found[i].getStart();
            within[2 * i + 1] = found[i].getEnd();
        }
        return within;
    }
}
