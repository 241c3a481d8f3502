package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import org.imprimatur.spi.check.Span;

/**
 * Word tokens of a text from OpenNLP's English tokenizer model (Universal Dependencies English Web Treebank):
 * punctuation apart from words; abbreviations ({@code Mr.}, {@code U.S.}), numbers ({@code 4.50}, {@code 3,000}),
 * dates and e-mail addresses whole.
 *
 * <p><b>Threading:</b> safe to use from several threads at once. The model is loaded once and shared; each call
 * makes its own cheap tokenizer over it, so no per-thread state outlives a call.
 *
 * <p><b>Failure:</b> {@link #english()} throws {@link NlpModelException} if the model is missing or unreadable.
 */
public final class WordTokenizer {

    private static final Shared<WordTokenizer> ENGLISH =
            new Shared<>(() -> new WordTokenizer(ClasspathModels.tokenizerModel(ClasspathModels.TOKENIZER_EN)));

    private final TokenizerModel model;

    private WordTokenizer(TokenizerModel model) {
        this.model = model;
    }

    /** The shared English tokenizer, loaded on first use. */
    public static WordTokenizer english() {
        return ENGLISH.get();
    }

    /** The tokens of {@code text} in order, as UTF-16 offsets into it; white space is in none of them. */
    public List<Span> tokens(String text) {
        Objects.requireNonNull(text, "text");
        opennlp.tools.util.Span[] found = new TokenizerME(model).tokenizePos(text);
        List<Span> tokens = new ArrayList<>(found.length);
        for (opennlp.tools.util.Span token : found) {
            tokens.add(new Span(token.getStart(), token.getEnd()));
        }
        return tokens;
    }
}
