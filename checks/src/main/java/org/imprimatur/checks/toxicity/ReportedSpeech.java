package org.imprimatur.checks.toxicity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.check.Span;

/**
 * Finds quotations in a sentence and the reporting frame around them, so that a newsroom's {@code The council
 * condemned the graffiti, which read "..."} can be told from the graffiti itself.
 *
 * <p>A sentence is a candidate for reported speech when it quotes something and its words outside the quotations
 * include a reporting cue: a verb of saying or writing ({@code said}, {@code shouted}, {@code read}, {@code
 * tweeted}), a word for what was said ({@code graffiti}, {@code banner}, {@code slur}, {@code remarks}) or a word of
 * the setting where it is reported ({@code court}, {@code police}, {@code witnesses}, {@code condemned}). The
 * {@link #frame} is the sentence with the quoted words left out; the classifier decides that the sentence reports
 * toxic language, rather than uses it, when the sentence is toxic and its frame is not.
 *
 * <p>Quotations are spans between double quotation marks ({@code "..."}, {@code “...”}, {@code „...“},
 * {@code «...»}) or curly single ones ({@code ‘...’}, not apostrophes); one left open runs to the end of the
 * sentence, as a quotation that goes on into the next one does. <b>Threading:</b> stateless.
 */
final class ReportedSpeech {

    /** What a quotation becomes in the frame. */
    static final String ELIDED = "...";

    private static final Set<String> CUES = Set.of(
            // saying and writing
            "said", "says", "say", "saying", "told", "tell", "tells", "telling", "wrote", "write", "writes", "written",
            "writing", "read", "reads", "reading", "shouted", "shouting", "shouts", "yelled", "yelling", "screamed",
            "screaming", "chanted", "chanting", "chants", "chant", "sang", "sung", "singing", "tweeted", "posted",
            "posting", "texted", "messaged", "sent", "called", "calling", "branded", "labelled", "labeled",
            "described", "quoted", "quoting", "according", "claimed", "claiming", "alleged", "allegedly", "added",
            "asked", "replied", "insisted", "warned", "admitted", "denied", "heard", "daubed", "scrawled", "painted",
            "sprayed", "spray-painted", "uttered", "used", "using",
            // what was said
            "graffiti", "banner", "sign", "placard", "slogan", "message", "messages", "note", "letter", "post",
            "posts", "tweet", "comment", "comments", "remark", "remarks", "words", "phrase", "term", "slur", "slurs",
            "epithet", "insult", "insults", "abuse", "video", "footage", "recording", "microphone", "transcript",
            // where it is reported
            "condemned", "denounced", "apologised", "apologized", "banned", "fined", "charged", "accused", "court",
            "tribunal", "jury", "trial", "police", "prosecutors", "witnesses", "witness", "indictment", "investigation",
            "investigating", "suspended", "sacked", "fired");

    private ReportedSpeech() {
    }

    /** The quoted stretches of {@code sentence}, quotation marks excluded, in order. */
    static List<Span> quotations(String sentence) {
        List<Span> quotations = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (open < 0) {
                closer = closerOf(c, sentence, i);
                if (closer != 0) {
                    open = i;
                }
            } else if (closes(c, closer, sentence, i)) {
                quotations.add(new Span(open + 1, i));
                open = -1;
            }
        }
        if (open >= 0 && open + 1 < sentence.length()) {
            quotations.add(new Span(open + 1, sentence.length()));
        }
        return quotations;
    }

    /** The closing mark for an opening mark at {@code i}, or 0 if there is none there. */
    private static char closerOf(char c, String sentence, int i) {
        return switch (c) {
            case '"' -> '"';
            case '\u201C', '\u201E' -> '\u201D';
            case '\u00AB' -> '\u00BB';
            case '\u2018' -> i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1)) ? '\u2019' : 0;
            default -> 0;
        };
    }

    private static boolean closes(char c, char closer, String sentence, int i) {
        if (closer == '\u201D') {
            return c == '\u201D' || c == '\u201C' || c == '"';
        }
        if (closer == '\u2019') {
            // An apostrophe (don’t) has a letter after it; a closing mark does not.
            return c == '\u2019' && (i + 1 == sentence.length() || !Character.isLetter(sentence.charAt(i + 1)));
        }
        return c == closer;
    }

    /**
     * The sentence with its quotations replaced by {@value #ELIDED}, if it quotes something and reports it: a
     * reporting cue occurs outside the quotations.
     */
    static Optional<String> frame(String sentence, List<Span> quotations) {
        if (quotations.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder frame = new StringBuilder(sentence.length());
        int from = 0;
        for (Span quotation : quotations) {
            frame.append(sentence, from, quotation.start()).append(ELIDED);
            from = quotation.end();
        }
        frame.append(sentence, from, sentence.length());
        return hasCue(frame.toString()) ? Optional.of(frame.toString()) : Optional.empty();
    }

    private static boolean hasCue(String frame) {
        for (String word : frame.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (CUES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code span} lies within one of the quotations. */
    static boolean quoted(Span span, List<Span> quotations) {
        return quotations.stream().anyMatch(q -> q.start() <= span.start() && span.end() <= q.end());
    }
}
