package org.imprimatur.checks.toxicity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourcePassages;

/**
 * The {@code toxicity} check: flags every sentence of a revision's body that {@link ToxicityClassifier} finds toxic,
 * with its most likely category ({@code hate}, {@code harassment}, {@code threat}, {@code sexual}, {@code self-harm},
 * {@code profanity}), the probability that it is toxic as the score, and a severity from thresholds calibrated on
 * validation data. Reported speech (a slur quoted in a report that condemns it) is flagged at most {@code LOW}.
 * Clean sentences give no finding.
 *
 * <p>The body's sentences are embedded in one batch through {@link SourcePassages#embed}, so the server's one
 * embedder does the work; the report's models name the embedding model and the SHA-256 of the weights.
 *
 * <p><b>Threading:</b> safe to use from several threads at once. <b>Failure:</b> {@link #init} fails start-up if the
 * weights cannot be loaded; {@link #check} throws {@link CheckFailedException} if the passages embed with another
 * model than the weights were trained on, or embedding fails.
 */
public final class ToxicityCheck implements ContentCheck {

    /** The check's id in configuration, findings and the ledger. */
    public static final String ID = "toxicity";

    /** Loads nothing until {@link #init} or the first check. */
    public ToxicityCheck() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** Loads the weights and lexicon now, so that a broken build fails at start-up rather than on a revision. */
    @Override
    public void init(ProviderConfig config) {
        ToxicityClassifier.load();
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException {
        ToxicityClassifier classifier = ToxicityClassifier.load();
        SourcePassages passages = context.passages();
        if (!classifier.embeddingModel().equals(passages.embeddingModel())) {
            throw new CheckFailedException("The toxicity check's weights were trained on " + classifier.embeddingModel()
                    + " sentence embeddings, but this installation embeds with " + passages.embeddingModel()
                    + "; retrain the toxicity model for it (docs/checks.md)");
        }
        String body = revision.body() == null ? "" : revision.body();
        List<Sentence> sentences = TextSegmenter.english().sentences(body);
        List<ToxicityAssessment> assessments;
        try {
            assessments = classifier.assess(sentences.stream().map(Sentence::text).toList(), passages::embed);
        } catch (RuntimeException e) {
            throw new CheckFailedException("The toxicity check could not embed the revision's sentences: "
                    + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ToxicityAssessment assessment = assessments.get(i);
            Severity severity = classifier.severity(assessment);
            if (severity != Severity.NONE) {
                findings.add(finding(sentences.get(i), assessment, severity));
            }
        }
        return new CheckReport(ID, findings, Map.of(
                "embedding", classifier.embeddingModel(),
                "toxicity-weights", "sha256:" + classifier.weightsSha256().hex()));
    }

    private static Finding finding(Sentence sentence, ToxicityAssessment assessment, Severity severity) {
        int offset = sentence.span().start();
        Span within = new Span(
                assessment.spans().stream().mapToInt(Span::start).min().orElse(0),
                assessment.spans().stream().mapToInt(Span::end).max().orElse(sentence.span().length()));
        ToxicityCategory category = assessment.topCategory();
        return new Finding(new Span(offset + within.start(), offset + within.end()), category.wireName(), severity,
                Verdict.FLAGGED, assessment.score(), message(category, assessment), List.of());
    }

    private static String message(ToxicityCategory category, ToxicityAssessment assessment) {
        String what = switch (category) {
            case HATE -> "Hate";
            case HARASSMENT -> "Harassment";
            case THREAT -> "A threat";
            case SEXUAL -> "Sexual content";
            case SELF_HARM -> "Self-harm";
            case PROFANITY -> "Profanity";
        };
        if (assessment.reportedSpeech()) {
            return what + " in quotation — reported speech: check that the quote is needed, attributed and not "
                    + "repeated beyond what the story requires.";
        }
        String does = switch (category) {
            case HATE -> "attacks people for who they are (a protected characteristic)";
            case HARASSMENT -> "insults or abuses someone";
            case THREAT -> "threatens or calls for violence";
            case SEXUAL -> "is sexually explicit";
            case SELF_HARM -> "expresses or encourages self-harm or suicide";
            case PROFANITY -> "swears";
        };
        return String.format("%s (%.0f%% likely toxic): the sentence %s; rewrite or remove it.", what,
                100 * assessment.score(), does);
    }
}
