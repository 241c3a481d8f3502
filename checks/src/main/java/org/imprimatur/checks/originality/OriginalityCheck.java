package org.imprimatur.checks.originality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.imprimatur.nlp.NlpModelException;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourceDocument;

/**
 * The originality check (id {@value #ID}): flags long stretches of a revision copied from one of its sources word
 * for word or nearly, outside quotation marks, with the source's licence and credit line.
 *
 * <p>Runs are found over characters, not meanings ({@link CopyFinder}): shared {@value CopyFinder#SEED_WORDS}-word
 * shingles extended into maximal runs that survive a changed, added or dropped word. A run is reported when it holds
 * at least {@code min-words} words outside quotations ({@link Quotations}); overlapping runs from several sources make
 * one finding. Each finding is {@code copied-text}, {@link org.imprimatur.spi.check.Verdict#FLAGGED}, scored with
 * the share of its words copied word for word, with one {@link org.imprimatur.spi.check.Evidence} per source holding
 * the words; {@link CopiedTextFinding} sets its severity and message.
 *
 * <p>The embedded grounded drafter copies single source sentences by design. A single sentence is rarely
 * {@code min-words} long, but several consecutive sentences of a source are, and they are flagged like any other run,
 * with the number of sentences in the message and, for such drafts, a lower severity when the source's rights are
 * recorded (see {@link CopiedTextFinding}).
 *
 * <p>Configuration, under {@code imprimatur.check.originality.*}: {@code min-words}, the shortest run reported
 * (default {@value #DEFAULT_MIN_WORDS}, at least {@value CopyFinder#SEED_WORDS}).
 *
 * <p>It reads only the sources' text, so it needs no model beyond OpenNLP's sentence detector, used to count the
 * sentences of a finding. <b>Threading:</b> safe for concurrent checks; {@link #init} must happen before the first.
 * <b>Failure:</b> {@link CheckFailedException} if the sentence model cannot be loaded.
 */
public final class OriginalityCheck implements ContentCheck {

    public static final String ID = "originality";
    public static final int DEFAULT_MIN_WORDS = 25;

    private volatile int minWords = DEFAULT_MIN_WORDS;

    @Override
    public String id() {
        return ID;
    }

    /** @throws IllegalStateException if {@code min-words} is not a whole number of at least 8 */
    @Override
    public void init(ProviderConfig config) {
        int configured = config.getInt("min-words", DEFAULT_MIN_WORDS);
        if (configured < CopyFinder.SEED_WORDS) {
            throw new IllegalStateException("Configuration key 'min-words' must be at least " + CopyFinder.SEED_WORDS
                    + ", not " + configured);
        }
        minWords = configured;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException {
        int minWords = this.minWords;
        String body = revision.body() == null ? "" : revision.body();
        List<SourceDocument> sources = context.sources();
        CopyFinder finder = new CopyFinder(sources.stream().map(SourceDocument::text).toList());
        List<CopiedRun> runs = finder.find(body, Quotations.in(body)).stream()
                .filter(run -> run.words() >= minWords)
                .toList();
        if (runs.isEmpty()) {
            return new CheckReport(ID, List.of());
        }
        List<Sentence> sentences = sentences(body);
        boolean extractive = revision.modelCard() != null
                && CopiedTextFinding.EXTRACTIVE_MODEL.equals(revision.modelCard().model());
        List<Finding> findings = new ArrayList<>();
        for (List<CopiedRun> overlapping : overlapping(runs)) {
            Span covered = CopiedTextFinding.covered(overlapping);
            int touched = (int) sentences.stream()
                    .filter(sentence -> sentence.span().start() < covered.end() && covered.start() < sentence.span().end())
                    .count();
            findings.add(CopiedTextFinding.of(overlapping, sources, touched, extractive, minWords));
        }
        return new CheckReport(ID, findings);
    }

    /** The runs grouped where they overlap in the revision, groups in body order. */
    private static List<List<CopiedRun>> overlapping(List<CopiedRun> runs) {
        List<List<CopiedRun>> groups = new ArrayList<>();
        int groupEnd = -1;
        for (CopiedRun run : runs.stream().sorted(Comparator.comparingInt(run -> run.body().start())).toList()) {
            if (groups.isEmpty() || run.body().start() >= groupEnd) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(run);
            groupEnd = Math.max(groupEnd, run.body().end());
        }
        return groups;
    }

    private static List<Sentence> sentences(String body) throws CheckFailedException {
        try {
            return TextSegmenter.english().sentences(body);
        } catch (NlpModelException e) {
            throw new CheckFailedException("The originality check could not load the sentence model: " + e.getMessage(), e);
        }
    }
}
