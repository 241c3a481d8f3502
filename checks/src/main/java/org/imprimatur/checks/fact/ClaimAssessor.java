package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.source.Passage;

/**
 * The one place where the fact signals meet and a claim gets its verdict. In order, the first that applies decides:
 * <ol>
 *   <li>a quotation altered, or given to another speaker, is {@code CONTRADICTED} ({@code quote}, high); one the
 *       sources do not hold is {@code UNVERIFIABLE} (high), one whose speaker they do not name {@code UNVERIFIABLE}
 *       (medium);</li>
 *   <li>a passage <em>aligned</em> with the claim (close in meaning or sharing most of its wording) that states another
 *       number, names someone else, gives another date, or says the opposite (an antonym or a negation) makes the claim
 *       {@code CONTRADICTED}: {@code number} and {@code name} high, {@code date} and {@code negation} medium;</li>
 *   <li>a number or name that no related passage states makes it {@code UNVERIFIABLE} (medium);</li>
 *   <li>otherwise the calibrated {@link SupportModel} decides: {@code SUPPORTED} from its threshold on, else
 *       {@code UNVERIFIABLE} ({@code date} if a date part is missing, medium; else {@code claim}, medium for claims
 *       with numbers, dates, names or quotations, low otherwise). A missing date part only lowers the probability:
 *       sources often carry a date in their own date line or as "yesterday", which they never do for a number or
 *       a name.</li>
 * </ol>
 * The support probability is the model's, capped at {@value #CONTRADICTED_CEILING} for a contradiction and at half the
 * threshold when a rule rather than the model withheld support, so that it never disagrees with the verdict.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once.
 */
final class ClaimAssessor {

    /** A passage this close in meaning to a claim is about the same thing: its differences are contradictions. */
    static final double ALIGNED_COSINE = 0.7;
    /** A passage holding this share of a claim's wording is about the same thing. */
    static final double ALIGNED_WORDING = 0.6;
    /** A passage holding this share of a claim's wording is related: a number or name it states counts as found. */
    static final double RELATED_WORDING = 0.34;
    /** The most a contradicted claim's support probability can be. */
    static final double CONTRADICTED_CEILING = 0.1;
    /** The support probability a claim gets when all its quotations are verified with their speakers. */
    static final double QUOTED_SUPPORT = 0.95;
    /** Passages scoring below this are not shown as evidence. */
    static final double EVIDENCE_FLOOR = 0.25;
    static final int MAX_EVIDENCE = 3;

    private final SupportModel model;
    private final QuoteCheck quotes;

    ClaimAssessor(SupportModel model, QuoteCheck quotes) {
        this.model = model;
        this.quotes = quotes;
    }

    /** A decision before the evidence is attached: what, why, and the passages it rests on. */
    private record Decision(Verdict verdict, String category, Severity severity, String reason,
                            List<Integer> passages) {
    }

    /**
     * The words just before and after a name: the slot it fills. Another name in the same slot of an aligned passage
     * ({@code Mayor [Okafor] announced} against {@code Mayor [Eze] announced}) is a swapped name, not one more name.
     */
    private record Slot(String before, String after) {

        static Slot around(Span span, String text) {
            List<Words.Word> words = Words.of(text);
            String before = null;
            String after = null;
            for (Words.Word word : words) {
                if (word.end() <= span.start()) {
                    before = word.lower();
                } else if (word.start() >= span.end() && after == null) {
                    after = word.lower();
                }
            }
            return new Slot(before, after);
        }

        boolean sharedWith(Slot other) {
            return (before != null && before.equals(other.before)) || (after != null && after.equals(other.after));
        }
    }

    /** Where a claim's number, date part or name stands in the sources. */
    private record Lookup(String claimed, Integer foundIn, String conflicting, Integer conflictIn) {

        boolean found() {
            return foundIn != null;
        }

        boolean conflicts() {
            return conflicting != null;
        }
    }

    /** An assessment and the model's inputs behind it (those are what calibration fits the model to). */
    record Assessed(ClaimAssessment assessment, SupportFeatures features) {
    }

    /**
     * @param vector  the claim's vector
     * @param cosines its cosine with each passage of {@code view} ({@link Retrieval#cosines})
     */
    Assessed assess(ClaimFacts claim, float[] vector, double[] cosines, SourceView view) {
        if (view.size() == 0) {
            return new Assessed(new ClaimAssessment(Verdict.UNVERIFIABLE, 0, "claim", unverifiedSeverity(claim),
                    "There are no sources to check this claim against.", List.of()),
                    new SupportFeatures(0, 0, 0, Math.log1p(claim.terms().size()), 0, 0, 0));
        }
        Retrieval retrieval = Retrieval.of(claim, cosines, view);
        List<Integer> evidence = retrieval.evidence(view);
        List<Integer> related = related(retrieval, view, evidence);
        List<Integer> aligned = retrieval.top().stream()
                .filter(i -> retrieval.cosine(i) >= ALIGNED_COSINE || retrieval.wording(i) >= ALIGNED_WORDING)
                .toList();

        List<Lookup> numbers = claim.quantities().stream().map(q -> number(q, claim, view, related, aligned)).toList();
        List<Lookup> dates = claim.dates().stream().map(d -> date(d, claim, view, related, aligned)).toList();
        List<Lookup> names = claim.names().stream().map(n -> name(n, claim, view, related, retrieval)).toList();
        SupportFeatures features = features(claim, vector, retrieval, evidence, view, numbers, dates, names);
        double probability = model.probability(features);

        List<QuoteCheck.Result> quoted = claim.quotations().stream().map(q -> quotes.check(q, view)).toList();
        Decision decision = decide(claim, view, aligned, quoted, numbers, dates, names, probability);
        if (decision.verdict() == Verdict.CONTRADICTED) {
            probability = Math.min(probability, CONTRADICTED_CEILING);
        } else if (decision.verdict() == Verdict.SUPPORTED && !quoted.isEmpty()) {
            probability = Math.max(probability, QUOTED_SUPPORT);
        } else if (decision.verdict() == Verdict.UNVERIFIABLE) {
            probability = Math.min(probability, model.threshold() / 2);
        }
        return new Assessed(new ClaimAssessment(decision.verdict(), probability, decision.category(),
                decision.severity(), decision.reason(), evidence(decision.passages(), retrieval, view)), features);
    }

    private Decision decide(ClaimFacts claim, SourceView view, List<Integer> aligned,
                            List<QuoteCheck.Result> quoted, List<Lookup> numbers, List<Lookup> dates,
                            List<Lookup> names, double probability) {
        Optional<Decision> byQuotation = byQuotation(claim, quoted);
        if (byQuotation.isPresent()) {
            return byQuotation.get();
        }
        for (Lookup number : numbers) {
            if (number.conflicts()) {
                return new Decision(Verdict.CONTRADICTED, "number", Severity.HIGH, "The sources give "
                        + number.conflicting() + ", not " + number.claimed() + ".", List.of(number.conflictIn()));
            }
        }
        for (Lookup name : names) {
            if (name.conflicts()) {
                return new Decision(Verdict.CONTRADICTED, "name", Severity.HIGH, "The sources name "
                        + name.conflicting() + ", not " + name.claimed() + ".", List.of(name.conflictIn()));
            }
        }
        for (Lookup date : dates) {
            if (date.conflicts()) {
                return new Decision(Verdict.CONTRADICTED, "date", Severity.MEDIUM, "The sources say "
                        + date.conflicting() + ", not " + date.claimed() + ".", List.of(date.conflictIn()));
            }
        }
        if (!aligned.isEmpty()) {
            int best = aligned.get(0);
            Optional<String> opposite = claim.polarity().contradiction(view.polarity(best));
            if (opposite.isPresent()) {
                return new Decision(Verdict.CONTRADICTED, "negation", Severity.MEDIUM,
                        "The sources say the opposite: " + opposite.get() + ".", List.of(best));
            }
        }
        for (List<Lookup> lookups : List.of(numbers, names)) {
            String missing = missing(lookups);
            if (!missing.isEmpty()) {
                return new Decision(Verdict.UNVERIFIABLE, lookups == numbers ? "number" : "name", Severity.MEDIUM,
                        "The sources do not mention " + missing + ".", List.of());
            }
        }
        // A date the sources do not state only weighs against the claim: a source's own date or "yesterday" often
        // carries it, which a number or a name never can.
        String missingDates = missing(dates);
        if (probability >= model.threshold() || !quoted.isEmpty()) { // every quotation was found with its speaker
            return new Decision(Verdict.SUPPORTED, supportedCategory(claim), Severity.NONE,
                    "The sources support this claim" + (missingDates.isEmpty() ? "."
                            : "; they do not state " + missingDates + "."),
                    supportingPassages(quoted, numbers, dates, names));
        }
        String support = String.format(Locale.ROOT, "(support %.2f)", probability);
        return missingDates.isEmpty()
                ? new Decision(Verdict.UNVERIFIABLE, "claim", unverifiedSeverity(claim),
                        "No source passage supports this claim closely enough " + support + ".", List.of())
                : new Decision(Verdict.UNVERIFIABLE, "date", Severity.MEDIUM, "The sources do not state "
                        + missingDates + ", and no passage supports the claim closely enough " + support + ".",
                        List.of());
    }

    private static Optional<Decision> byQuotation(ClaimFacts claim, List<QuoteCheck.Result> quoted) {
        for (int i = 0; i < quoted.size(); i++) {
            QuoteCheck.Result result = quoted.get(i);
            ClaimFacts.QuotedSpeech speech = claim.quotations().get(i);
            String speaker = speech.speaker().map(Name::display).orElse("the speaker");
            Decision decision = switch (result.status()) {
                case ALTERED -> new Decision(Verdict.CONTRADICTED, "quote", Severity.HIGH,
                        "The quotation differs from the source, which reads “" + result.sourceWording() + "”.",
                        result.passages());
                case WRONG_SPEAKER -> new Decision(Verdict.CONTRADICTED, "quote", Severity.HIGH,
                        "The source gives this quotation to " + result.sourceSpeaker().map(Name::display)
                                .orElse("someone else") + ", not " + speaker + ".", result.passages());
                case ABSENT -> new Decision(Verdict.UNVERIFIABLE, "quote", Severity.HIGH,
                        "The sources do not hold this quotation.", List.of());
                case SPEAKER_UNCONFIRMED -> new Decision(Verdict.UNVERIFIABLE, "quote", Severity.MEDIUM,
                        "The quotation is in the sources, but they do not say " + speaker + " said it.",
                        result.passages());
                case VERBATIM -> null;
            };
            if (decision != null) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }

    private static Lookup number(Quantity quantity, ClaimFacts claim, SourceView view, List<Integer> related,
                                 List<Integer> aligned) {
        String claimed = quantity.span().of(claim.text());
        for (int i : related) {
            if (view.quantities(i).stream().anyMatch(quantity::agreesWith)) {
                return new Lookup(claimed, i, null, null);
            }
        }
        for (int i : aligned) {
            for (Quantity stated : view.quantities(i)) {
                if (stated.comparableWith(quantity) && claim.quantities().stream().noneMatch(stated::agreesWith)) {
                    return new Lookup(claimed, null, stated.span().of(view.passage(i).text()), i);
                }
            }
        }
        return new Lookup(claimed, null, null, null);
    }

    private static Lookup date(DateMention date, ClaimFacts claim, SourceView view, List<Integer> related,
                               List<Integer> aligned) {
        for (int i : related) {
            if (view.dates(i).stream().anyMatch(d -> d.field() == date.field() && d.value() == date.value())) {
                return new Lookup(date.display(), i, null, null);
            }
        }
        for (int i : aligned) {
            for (DateMention stated : view.dates(i)) {
                if (stated.field() == date.field() && claim.dates().stream()
                        .noneMatch(d -> d.field() == stated.field() && d.value() == stated.value())) {
                    return new Lookup(date.display(), null, stated.display(), i);
                }
            }
        }
        return new Lookup(date.display(), null, null, null);
    }

    private static Lookup name(Name name, ClaimFacts claim, SourceView view, List<Integer> related,
                               Retrieval retrieval) {
        Set<String> nearby = new HashSet<>();
        related.forEach(i -> nearby.addAll(view.capitalised(i)));
        if (name.isIn(nearby)) {
            Integer where = related.stream().filter(i -> name.isIn(view.capitalised(i))).findFirst()
                    .orElse(related.get(0));
            return new Lookup(name.display(), where, null, null);
        }
        Set<String> claimWords = Words.of(claim.text()).stream()
                .map(word -> Words.withoutPossessive(word.lower())).collect(Collectors.toSet());
        Set<String> otherTerms = new HashSet<>(claim.terms());
        otherTerms.removeAll(Words.contentTerms(name.display()));
        Slot slot = Slot.around(name.span(), claim.text());
        for (int i : retrieval.top()) {
            // The rest of the claim must match: a passage that shares only its name is not about the same thing.
            if (retrieval.cosine(i) < ALIGNED_COSINE
                    && Retrieval.share(otherTerms, view.terms(i), view) < ALIGNED_WORDING) {
                continue;
            }
            String passage = view.passage(i).text();
            for (Name other : view.named(i)) {
                boolean elsewhereInClaim = other.words().stream()
                        .anyMatch(word -> claimWords.contains(word.toLowerCase(Locale.ROOT)));
                if (!elsewhereInClaim && slot.sharedWith(Slot.around(other.span(), passage))) {
                    return new Lookup(name.display(), null, other.display(), i);
                }
            }
        }
        return new Lookup(name.display(), null, null, null);
    }

    /** The evidence passages and every other passage that holds enough of the claim's wording to be about it. */
    private static List<Integer> related(Retrieval retrieval, SourceView view, List<Integer> evidence) {
        Set<Integer> related = new LinkedHashSet<>(evidence);
        for (int i = 0; i < view.size(); i++) {
            if (retrieval.wording(i) >= RELATED_WORDING) {
                related.add(i);
            }
        }
        return new ArrayList<>(related);
    }

    private static SupportFeatures features(ClaimFacts claim, float[] vector, Retrieval retrieval,
                                            List<Integer> evidence, SourceView view, List<Lookup> numbers,
                                            List<Lookup> dates, List<Lookup> names) {
        Set<String> held = new HashSet<>();
        evidence.forEach(i -> held.addAll(view.terms(i)));
        long uncovered = claim.terms().stream().filter(term -> !held.contains(term)).count();
        float[] window = new float[vector.length];
        for (int i : retrieval.top()) {
            float[] passage = view.vector(i);
            for (int d = 0; d < window.length; d++) {
                window[d] += passage[d];
            }
        }
        return new SupportFeatures(retrieval.bestCosine(), Retrieval.cosine(vector, Retrieval.unit(window)),
                Retrieval.share(claim.terms(), held, view), Math.log1p(uncovered),
                foundShare(numbers), foundShare(dates), foundShare(names));
    }

    private static String missing(List<Lookup> lookups) {
        return lookups.stream().filter(lookup -> !lookup.found()).map(Lookup::claimed).distinct()
                .collect(Collectors.joining(", "));
    }

    private static double foundShare(List<Lookup> lookups) {
        return lookups.isEmpty() ? 1 : (double) lookups.stream().filter(Lookup::found).count() / lookups.size();
    }

    private static List<Integer> supportingPassages(List<QuoteCheck.Result> quoted, List<Lookup> numbers,
                                                    List<Lookup> dates, List<Lookup> names) {
        List<Integer> passages = new ArrayList<>();
        quoted.forEach(result -> passages.addAll(result.passages()));
        for (List<Lookup> lookups : List.of(numbers, dates, names)) {
            lookups.stream().filter(Lookup::found).forEach(lookup -> passages.add(lookup.foundIn()));
        }
        return passages;
    }

    /** The decisive passages first, then the best-ranked ones above the floor, at most {@value #MAX_EVIDENCE}. */
    private static List<Evidence> evidence(List<Integer> decisive, Retrieval retrieval, SourceView view) {
        Set<Integer> chosen = new LinkedHashSet<>(decisive);
        retrieval.top().stream().filter(i -> retrieval.score(i) >= EVIDENCE_FLOOR).forEach(chosen::add);
        List<Evidence> evidence = new ArrayList<>();
        for (int i : chosen) {
            if (evidence.size() == MAX_EVIDENCE) {
                break;
            }
            Passage passage = view.passage(i);
            evidence.add(new Evidence(passage.sourceId(), passage.span(), passage.text(), retrieval.score(i)));
        }
        return evidence;
    }

    private static String supportedCategory(ClaimFacts claim) {
        if (claim.kinds().contains(ClaimKind.QUOTE)) {
            return "quote";
        }
        if (claim.kinds().contains(ClaimKind.NUMBER)) {
            return "number";
        }
        if (claim.kinds().contains(ClaimKind.DATE)) {
            return "date";
        }
        return claim.kinds().contains(ClaimKind.NAME) ? "name" : "claim";
    }

    private static Severity unverifiedSeverity(ClaimFacts claim) {
        return claim.isSpecific() || claim.kinds().contains(ClaimKind.QUOTE) ? Severity.MEDIUM : Severity.LOW;
    }
}
