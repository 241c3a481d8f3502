package org.imprimatur.checks.toxicity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.imprimatur.checks.toxicity.ScoreCombiner.Scores;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.Sha256;

/**
 * Tells toxic sentences from clean ones, by category, from three signals: a logistic regression per category over
 * the sentence's embedding ({@link ToxicityModel}, trained by {@code TrainToxicityModel}), a {@link Lexicon} that
 * finds slurs and swear words however they are disguised, combined as {@link ScoreCombiner} describes, and
 * {@link ReportedSpeech}: a toxic sentence whose frame without its quotations is clean reports toxic language
 * rather than uses it, and its severity is held at {@link Severity#LOW}.
 *
 * <p>Each sentence costs one embedding (plus one for the frame of a sentence that quotes and reports), seven dot
 * products and one linear pass of the lexicon.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once. Embeddings come from the caller, so a
 * server shares its one embedder. <b>Failure:</b> {@link #load()} throws {@link IllegalStateException} if the
 * weights or the lexicon are missing from the classpath or malformed, which is a broken build.
 */
public final class ToxicityClassifier {

    private static volatile ToxicityClassifier shipped;

    private final ToxicityModel model;
    private final Lexicon lexicon;

    ToxicityClassifier(ToxicityModel model, Lexicon lexicon) {
        this.model = Objects.requireNonNull(model, "model");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The classifier with the weights and lexicon committed with this module; loaded once and shared. */
    public static ToxicityClassifier load() {
        ToxicityClassifier result = shipped;
        if (result == null) {
            synchronized (ToxicityClassifier.class) {
                result = shipped;
                if (result == null) {
                    result = new ToxicityClassifier(ToxicityModel.load(), Lexicon.load());
                    shipped = result;
                }
            }
        }
        return result;
    }

    /**
     * Assesses sentences.
     *
     * @param sentences the sentences, each on its own (a whole text would be judged as one sentence)
     * @param embed     embeds a list of texts in one batch with {@link #embeddingModel()}, one unit vector per text
     *                  in order; called once
     * @return one assessment per sentence, in order
     * @throws IllegalArgumentException if {@code embed} returns the wrong number of vectors or vectors of the wrong
     *                                  dimensions
     */
    public List<ToxicityAssessment> assess(List<String> sentences, Function<List<String>, List<float[]>> embed) {
        List<String> texts = new ArrayList<>(sentences);
        List<List<Span>> quotations = new ArrayList<>(sentences.size());
        int[] frameAt = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<Span> quoted = ReportedSpeech.quotations(Objects.requireNonNull(sentences.get(i), "sentence"));
            quotations.add(quoted);
            Optional<String> frame = ReportedSpeech.frame(sentences.get(i), quoted);
            frameAt[i] = frame.isPresent() ? texts.size() : -1;
            frame.ifPresent(texts::add);
        }
        List<float[]> vectors = texts.isEmpty() ? List.of() : embed.apply(List.copyOf(texts));
        if (vectors.size() != texts.size()) {
            throw new IllegalArgumentException("Asked for " + texts.size() + " embeddings, got " + vectors.size());
        }
        List<ToxicityAssessment> assessments = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<LexiconHit> hits = lexicon.find(sentence);
            Scores scores = scores(vectors.get(i), hits);
            boolean toxic = scores.toxic() >= ToxicityAssessment.TOXIC_AT;
            boolean reported = toxic && frameAt[i] >= 0 && !reportsToxicity(texts.get(frameAt[i]), vectors.get(frameAt[i]));
            List<Span> spans = toxic ? spans(sentence, hits, reported ? quotations.get(i) : null) : List.of();
            assessments.add(new ToxicityAssessment(scores.toxic(), scores.categories(), spans, reported));
        }
        return assessments;
    }

    /** Whether the frame of a quoting sentence is itself toxic, i.e. the sentence is more than a report. */
    private boolean reportsToxicity(String frame, float[] vector) {
        return scores(vector, lexicon.find(frame)).toxic() >= ToxicityAssessment.TOXIC_AT;
    }

    private Scores scores(float[] vector, List<LexiconHit> hits) {
        return ScoreCombiner.combine(model.toxic(vector), model.categories(vector), hits);
    }

    /**
     * The lexicon's words (the quoted ones, in reported speech); without any, the quotations of reported speech or
     * the whole sentence.
     */
    private static List<Span> spans(String sentence, List<LexiconHit> hits, List<Span> quotations) {
        List<Span> words = hits.stream().map(LexiconHit::span)
                .filter(span -> quotations == null || ReportedSpeech.quoted(span, quotations)).toList();
        if (!words.isEmpty()) {
            return words;
        }
        return quotations != null ? quotations : List.of(new Span(0, sentence.length()));
    }

    /**
     * How urgently a reviewer must look at a sentence: {@link Severity#NONE} below {@link ToxicityAssessment#TOXIC_AT},
     * then {@code LOW}, {@code MEDIUM} and {@code HIGH} from the thresholds calibrated on the validation data; never
     * above {@code LOW} for reported speech.
     */
    public Severity severity(ToxicityAssessment assessment) {
        if (!assessment.toxic()) {
            return Severity.NONE;
        }
        if (assessment.reportedSpeech()) {
            return Severity.LOW;
        }
        ToxicityModel.Thresholds thresholds = model.thresholds();
        if (assessment.score() >= thresholds.high()) {
            return Severity.HIGH;
        }
        return assessment.score() >= thresholds.medium() ? Severity.MEDIUM : Severity.LOW;
    }

    /** The sentence embedding model the weights expect, e.g. {@code all-MiniLM-L6-v2-q}. */
    public String embeddingModel() {
        return model.embeddingModel();
    }

    /** The SHA-256 of the weights file: which weights judged a revision, exactly. */
    public Sha256 weightsSha256() {
        return model.sha256();
    }

    /** The SHA-256 of the data the weights were trained on, as the weights file records it. */
    public String trainingDataSha256() {
        return model.trainingDataSha256();
    }
}
