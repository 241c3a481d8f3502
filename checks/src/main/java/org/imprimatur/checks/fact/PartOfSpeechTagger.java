package org.imprimatur.checks.fact;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

import org.imprimatur.nlp.WordTokenizer;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.Sha256;

/**
 * Universal Dependencies part-of-speech tags ({@code PROPN}, {@code NUM}, {@code VERB}, …) for the word tokens of a
 * text, from OpenNLP's English model trained on the UD English Web Treebank ({@value #MODEL}, in the
 * {@code opennlp-models-pos-en} jar).
 *
 * <p><b>Threading:</b> safe to use from several threads at once: the model is loaded once; taggers over it (costly to
 * make: each parses its feature description) are kept in a pool, each used by one call at a time, and no thread-local
 * state outlives a call. <b>Failure:</b> {@link #load()} throws {@link IllegalStateException} if the model is missing
 * from the classpath or unreadable.
 */
final class PartOfSpeechTagger {

    static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** One token and its tag. */
    record Token(Span span, String text, String tag) {

        boolean isProperNoun() {
            return tag.equals("PROPN");
        }

        boolean isVerb() {
            return tag.equals("VERB") || tag.equals("AUX");
        }
    }

    private final POSModel model;
    private final Sha256 sha256;
    private final Queue<POSTaggerME> idle = new ConcurrentLinkedQueue<>();

    private PartOfSpeechTagger(POSModel model, Sha256 sha256) {
        this.model = model;
        this.sha256 = sha256;
    }

    static PartOfSpeechTagger load() {
        try (InputStream in = PartOfSpeechTagger.class.getResourceAsStream("/" + MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The part-of-speech model " + MODEL
                        + " is not on the classpath; is the opennlp-models-pos-en jar missing from the deployment?");
            }
            byte[] bytes = in.readAllBytes();
            return new PartOfSpeechTagger(new POSModel(new java.io.ByteArrayInputStream(bytes)), Sha256.of(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("The part-of-speech model " + MODEL + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** The tokens of {@code text} with their tags, in order; spans are offsets into {@code text}. */
    List<Token> tag(String text) {
        return tag(text, WordTokenizer.english().tokens(text));
    }

    /**
     * The tokens of {@code text} with their tags, given its {@link WordTokenizer word tokens} (for a caller that looked
     * at the tokens before deciding to tag them).
     */
    List<Token> tag(String text, List<Span> spans) {
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).of(text);
        }
        POSTaggerME tagger = idle.poll();
        if (tagger == null) {
            tagger = new POSTaggerME(model, POSTagFormat.UD);
        }
        String[] tags;
        try {
            tags = tagger.tag(words);
        } finally {
            idle.offer(tagger); // at most as many taggers as calls ever ran at once
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(spans.get(i), words[i], tags[i]));
        }
        return tokens;
    }

    /** The model's file name and digest, as the ledger records it. */
    String modelVersion() {
        return MODEL + " sha256:" + sha256.hex();
    }
}
