package org.imprimatur.checks.fact;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the fact signals read from one source passage on its own: its content terms, the names it is known to use,
 * its numbers, dates, capitalised words and polarity, and, on first request, its part-of-speech tags. All of it
 * depends on the passage's text alone, so the fact checker works it out once per text and keeps it for the next
 * checks, instead of again for every claim and every check. What depends on the other passages of a check's
 * sources — how rare a term is among them, the names any of them uses — is {@link SourceView}'s.
 *
 * <p><b>Threading:</b> safe to share between threads: immutable, apart from the tags, which are worked out on first
 * request and then kept. Two threads asking at once may both tag the text; tagging is deterministic, so either
 * result is the same and the last one kept does no harm.
 */
final class PassageFacts {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String text;
    private final String normalised;
    private final Set<String> terms;
    private final Set<String> knownNames;
    private final List<Quantity> quantities;
    private final List<DateMention> dates;
    private final Set<String> capitalised;
    private final Polarity polarity;
    private final PartOfSpeechTagger tagger;
    private volatile List<PartOfSpeechTagger.Token> tokens;
    private volatile List<PartOfSpeechTagger.Token> ownVoiceTokens;

    private PassageFacts(String text, PartOfSpeechTagger tagger) {
        this.text = text;
        this.normalised = normalised(text);
        this.terms = Collections.unmodifiableSet(Words.contentTerms(text));
        this.knownNames = Collections.unmodifiableSet(Names.known(text));
        this.dates = List.copyOf(DateMentions.of(text));
        this.quantities = List.copyOf(Quantities.of(text, dates));
        this.capitalised = Collections.unmodifiableSet(Names.capitalisedKeys(text));
        // A negation someone is quoted saying is theirs, not the passage's: read in its own voice, as a claim is. A
        // passage is one sentence, and a quotation may run across several: the parts of one count as quoted too.
        this.polarity = Polarity.of(Quotations.outsideQuotationsOfSentence(text));
        this.tagger = tagger;
    }

    /** The facts of a passage's text; the tagger is used only when the tags are first asked for. */
    static PassageFacts of(String text, PartOfSpeechTagger tagger) {
        return new PassageFacts(text, tagger);
    }

    /** The text with white space collapsed: how a claim that repeats a passage word for word is recognised. */
    static String normalised(String text) {
        return String.join(" ", WHITE_SPACE.split(text.strip()));
    }

    String text() {
        return text;
    }

    String normalisedText() {
        return normalised;
    }

    /** Its distinct {@link Words#contentTerms content terms}. */
    Set<String> terms() {
        return terms;
    }

    /** The words it uses capitalised mid-sentence, lower-cased: {@link Names#known}. */
    Set<String> knownNames() {
        return knownNames;
    }

    List<Quantity> quantities() {
        return quantities;
    }

    List<DateMention> dates() {
        return dates;
    }

    /** The {@link Name#key keys} of its capitalised words: where names are looked up. */
    Set<String> capitalised() {
        return capitalised;
    }

    /** Its polarity in its own voice, as a claim's is read. */
    Polarity polarity() {
        return polarity;
    }

    /** The tagged tokens of the whole text. */
    List<PartOfSpeechTagger.Token> tokens() {
        List<PartOfSpeechTagger.Token> tagged = tokens;
        if (tagged == null) {
            tagged = List.copyOf(tagger.tag(text));
            tokens = tagged;
        }
        return tagged;
    }

    /** The tagged tokens of the text outside its quotations (offsets into the text: quotations are blanked). */
    List<PartOfSpeechTagger.Token> ownVoiceTokens() {
        List<PartOfSpeechTagger.Token> tagged = ownVoiceTokens;
        if (tagged == null) {
            tagged = List.copyOf(tagger.tag(Quotations.outsideQuotationsOfSentence(text)));
            ownVoiceTokens = tagged;
        }
        return tagged;
    }
}
