package org.imprimatur.checks.originality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;

/**
 * Turns the long runs that cover one stretch of a revision into one {@code copied-text} finding: how bad it is, and a
 * message that names the source, its licence and credit line.
 *
 * <p>Severity follows the rights risk of publishing the copied words:
 * <ul>
 *   <li>{@link Severity#HIGH} when the source has neither a licence nor a credit line recorded: nobody has said the
 *       newsroom may reproduce it;</li>
 *   <li>otherwise {@link Severity#MEDIUM} for a run of at least twice the minimum length and {@link Severity#LOW} for
 *       a shorter one: the words may be used, but the credit is required;</li>
 *   <li>for an extractive draft ({@link #EXTRACTIVE_MODEL}) from a source with rights recorded, {@link Severity#LOW}
 *       whatever the length: that drafter copies by design, says so in its model card and attributes every sentence,
 *       and publication credits from the attributions. A run from a source without rights stays {@link Severity#HIGH}
 *       — declared copying is no more publishable than hidden copying.</li>
 * </ul>
 * When the same words are in several sources, the finding rests on the one that makes it least severe (text a
 * licensed source carries can be credited to it) and lists the others as further evidence.
 *
 * <p>Stateless.
 */
final class CopiedTextFinding {

    /** The model card's model for the embedded grounded drafter, which copies source sentences by design. */
    static final String EXTRACTIVE_MODEL = "grounded-extractive";
    static final String CATEGORY = "copied-text";

    private CopiedTextFinding() {
    }

    /**
     * @param runs      runs of at least {@code minWords} that overlap in the revision, at least one
     * @param sources   the sources the runs' indexes refer to
     * @param sentences how many sentences of the revision the runs touch
     */
    static Finding of(List<CopiedRun> runs, List<SourceDocument> sources, int sentences, boolean extractive,
                      int minWords) {
        Comparator<CopiedRun> longestFirst = Comparator.comparingInt(CopiedRun::words).reversed();
        // A source that holds the words several times is cited at the place that holds most of them.
        Map<Integer, CopiedRun> bestPerSource = new LinkedHashMap<>();
        runs.stream().sorted(longestFirst).forEach(run -> bestPerSource.putIfAbsent(run.source(), run));
        List<CopiedRun> ranked = new ArrayList<>(bestPerSource.values());
        ranked.sort(Comparator.<CopiedRun, Severity>comparing(run -> severity(run, sources, extractive, minWords))
                .thenComparing(longestFirst)
                .thenComparingInt(CopiedRun::source));
        CopiedRun primary = ranked.get(0);
        List<Evidence> evidence = ranked.stream().map(run -> {
            SourceDocument from = sources.get(run.source());
            return new Evidence(from.id(), run.sourceSpan(), run.sourceSpan().of(from.text()), run.verbatimShare());
        }).toList();
        return new Finding(covered(runs), CATEGORY, severity(primary, sources, extractive, minWords), Verdict.FLAGGED,
                primary.verbatimShare(), message(primary, sources.get(primary.source()), ranked.size() - 1, sentences,
                extractive), evidence);
    }

    /** The stretch of the revision the runs cover together. */
    static Span covered(List<CopiedRun> runs) {
        return new Span(runs.stream().mapToInt(run -> run.body().start()).min().orElseThrow(),
                runs.stream().mapToInt(run -> run.body().end()).max().orElseThrow());
    }

    static Severity severity(CopiedRun run, List<SourceDocument> sources, boolean extractive, int minWords) {
        if (!rightsRecorded(sources.get(run.source()).rights())) {
            return Severity.HIGH;
        }
        if (extractive) {
            return Severity.LOW;
        }
        return run.words() >= 2 * minWords ? Severity.MEDIUM : Severity.LOW;
    }

    private static String message(CopiedRun run, SourceDocument source, int otherSources, int sentences,
                                  boolean extractive) {
        StringBuilder message = new StringBuilder();
        if (extractive) {
            message.append("Extractive draft: rewrite or credit. ");
        }
        message.append(run.words()).append(" words");
        if (sentences > 1) {
            message.append(" (").append(sentences).append(" consecutive sentences)");
        }
        message.append(" copied from ").append(name(source));
        message.append(run.verbatimWords() == run.words() ? ", word for word" : ", " + run.verbatimWords()
                + " of them word for word");
        SourceRights rights = source.rights();
        if (!rights.creditLine().isBlank()) {
            message.append("; credit required: ").append(rights.creditLine().strip());
            if (!rights.licence().isBlank()) {
                message.append(" (licence: ").append(rights.licence().strip()).append(')');
            }
        } else if (!rights.licence().isBlank()) {
            message.append("; licence: ").append(rights.licence().strip()).append(", no credit line recorded");
        } else {
            message.append("; no licence or credit line is recorded for this source: rewrite it, quote it or record"
                    + " its rights");
        }
        message.append('.');
        if (otherSources > 0) {
            message.append(" The same words are in ").append(otherSources)
                    .append(otherSources == 1 ? " other source." : " other sources.");
        }
        return message.toString();
    }

    private static boolean rightsRecorded(SourceRights rights) {
        return !rights.licence().isBlank() || !rights.creditLine().isBlank();
    }

    private static String name(SourceDocument source) {
        if (source.title() != null && !source.title().isBlank()) {
            return "“" + source.title().strip() + "”";
        }
        if (source.origin() != null && !source.origin().isBlank()) {
            return source.origin().strip();
        }
        return "source " + source.id();
    }
}
