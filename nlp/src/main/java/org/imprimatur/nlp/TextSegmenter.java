package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Passage;

/**
 * Paragraph and sentence boundaries of a text: paragraphs as {@link Paragraphs} describes them, sentences within each
 * paragraph from OpenNLP's English sentence model (Universal Dependencies English Web Treebank). A sentence never
 * crosses a paragraph.
 *
 * <p><b>Threading:</b> safe to use from several threads at once. The model is loaded once and shared; each call
 * makes its own cheap detector over it, so no per-thread state outlives a call (nothing stays behind in a pooled
 * server thread when the application is undeployed).
 *
 * <p><b>Failure:</b> {@link #english()} throws {@link NlpModelException} if the model is missing or unreadable.
 */
public final class TextSegmenter {

    private static final Shared<TextSegmenter> ENGLISH =
            new Shared<>(() -> new TextSegmenter(ClasspathModels.sentenceModel(ClasspathModels.SENTENCE_EN)));

    private final SentenceModel model;

    private TextSegmenter(SentenceModel model) {
        this.model = model;
    }

    /** The shared English segmenter, loaded on first use. */
    public static TextSegmenter english() {
        return ENGLISH.get();
    }

    /**
     * The sentences of {@code text}, in order.
     *
     * @return spans are UTF-16 offsets into {@code text}, without surrounding white space; paragraphs are counted
     *         from 0 over the paragraphs that hold a sentence
     */
    public List<Sentence> sentences(String text) {
        Objects.requireNonNull(text, "text");
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (Span range : Paragraphs.of(text)) {
            String paragraphText = range.of(text);
            int before = sentences.size();
            for (opennlp.tools.util.Span found : detector.sentPosDetect(paragraphText)) {
                opennlp.tools.util.Span trimmed = found.trim(paragraphText);
                if (trimmed.length() > 0) {
                    Span span = new Span(range.start() + trimmed.getStart(), range.start() + trimmed.getEnd());
                    sentences.add(new Sentence(span, paragraph, span.of(text)));
                }
            }
            if (sentences.size() > before) {
                paragraph++;
            }
        }
        return sentences;
    }

    /**
     * The passages of a source: one per sentence, numbered from 0 in text order.
     *
     * @param sourceId the source the text was extracted from
     * @param text     the source's extracted text; spans point into it
     */
    public List<Passage> passages(String sourceId, String text) {
        Objects.requireNonNull(sourceId, "sourceId");
        List<Sentence> sentences = sentences(text);
        List<Passage> passages = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            passages.add(new Passage(sourceId, passages.size(), sentence.paragraph(), sentence.span(), sentence.text()));
        }
        return passages;
    }
}
