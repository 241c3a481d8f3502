package org.imprimatur.checks.fact;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the fact signals read from one claim: its content terms, and, in its own voice (outside quotation marks, since
 * quotations are checked word for word), its numbers, dates, names and polarity; its quotations with their speakers.
 *
 * @param text        the claim
 * @param terms       its content terms, quotations included
 * @param quantities  its numbers outside quotations
 * @param dates       its date parts outside quotations
 * @param names       its names outside quotations
 * @param quotations  its quotations, each with the speaker the claim gives, if it names one
 * @param polarity    its negations and antonyms
 * @param kinds       what makes it check-worthy; empty if nothing does
 */
record ClaimFacts(String text, Set<String> terms, List<Quantity> quantities, List<DateMention> dates, List<Name> names,
                  List<QuotedSpeech> quotations, Polarity polarity, Set<ClaimKind> kinds) {

    /** A quotation and who the claim says spoke it. */
    record QuotedSpeech(Quotation quotation, Optional<Name> speaker) {
    }

    private static final Pattern COMPARISON = Pattern.compile("\\b(?:than|more|less|fewer|most|least|record"
            + "|compared (?:with|to)|(?:high|low|larg|bigg|small|great|fast|slow|old|young|rich|poor|strong|weak|wid"
            + "|long|short|cheap|hott|cold|wett|dri)est|(?:high|low|larg|bigg|small|great|fast|slow"
            + "|old|young|rich|poor|strong|weak|long|short|cheap|hott|cold)er)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUSAL = Pattern.compile("\\b(?:because|due to|owing to|thanks to|as a result"
            + "|result(?:s|ed)? in|led to|leads to|lead to|caus(?:e|es|ed|ing)|therefore|consequently|so that"
            + "|triggered|prompted|blamed|attributed to)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What patterns alone read from a claim, before any part-of-speech tagging: everything but its names.
     *
     * @param ownVoice   the claim outside its quotations
     * @param quotations its quotations
     * @param quantities its numbers outside quotations
     * @param dates      its date parts outside quotations
     * @param kinds      what makes it check-worthy, {@link ClaimKind#NAME} aside (only tags tell names)
     */
    record Patterns(String ownVoice, List<Quotation> quotations, List<Quantity> quantities, List<DateMention> dates,
                    Set<ClaimKind> kinds) {

        static Patterns of(String text) {
            String ownVoice = Quotations.outsideQuotations(text);
            List<Quotation> quotations = Quotations.of(text);
            List<DateMention> dates = DateMentions.of(ownVoice);
            List<Quantity> quantities = Quantities.of(ownVoice, dates);
            Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
            if (!quantities.isEmpty()) {
                kinds.add(ClaimKind.NUMBER);
            }
            if (!dates.isEmpty()) {
                kinds.add(ClaimKind.DATE);
            }
            if (!quotations.isEmpty()) {
                kinds.add(ClaimKind.QUOTE);
            }
            if (COMPARISON.matcher(ownVoice).find()) {
                kinds.add(ClaimKind.COMPARISON);
            }
            if (CAUSAL.matcher(ownVoice).find()) {
                kinds.add(ClaimKind.CAUSAL);
            }
            return new Patterns(ownVoice, quotations, quantities, dates, Collections.unmodifiableSet(kinds));
        }
    }

    /**
     * @param tokens     {@code text}'s tagged tokens
     * @param knownNames words the surrounding text is known to use as names ({@link Names#known})
     */
    static ClaimFacts of(String text, List<PartOfSpeechTagger.Token> tokens, Set<String> knownNames) {
        return of(text, tokens, knownNames, Patterns.of(text));
    }

    /** As {@link #of(String, List, Set)}, with what patterns already read from {@code text}. */
    static ClaimFacts of(String text, List<PartOfSpeechTagger.Token> tokens, Set<String> knownNames,
                         Patterns patterns) {
        List<Name> allNames = Names.of(text, tokens, knownNames);
        List<Quotation> quotations = patterns.quotations();
        List<QuotedSpeech> speech = quotations.stream()
                .map(quotation -> new QuotedSpeech(quotation, Quotations.speaker(text, quotation, allNames)))
                .toList();
        List<Name> names = allNames.stream()
                .filter(name -> quotations.stream().noneMatch(q -> name.span().start() >= q.span().start()
                        && name.span().end() <= q.span().end()))
                .toList();
        Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
        kinds.addAll(patterns.kinds());
        if (!names.isEmpty()) {
            kinds.add(ClaimKind.NAME);
        }
        return new ClaimFacts(text, Words.contentTerms(text), patterns.quantities(), patterns.dates(), names, speech,
                Polarity.of(patterns.ownVoice()), kinds);
    }

    /** Whether the claim states a number, a date or a name, whose absence from the sources matters most. */
    boolean isSpecific() {
        return kinds.contains(ClaimKind.NUMBER) || kinds.contains(ClaimKind.DATE) || kinds.contains(ClaimKind.NAME);
    }
}
