package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.nlp.WordTokenizer;
import org.imprimatur.spi.check.Span;

/**
 * Splits a text into sentences and keeps those worth checking: a sentence is a claim when it states a number, a date,
 * a name, a quotation, a comparison or a cause ({@link ClaimFacts#kinds()}). Sentences that a quotation runs across are
 * one claim. Not claims: questions; fragments (fewer than {@value #MIN_WORDS} words, or no verb — headlines,
 * captions, datelines); opinions that state nothing checkable ({@code I think…}, {@code should}) unless they carry a
 * number, a date or a quotation.
 *
 * <p><b>Threading:</b> safe to use from several threads at once.
 */
final class ClaimDetector {

    static final int MIN_WORDS = 4;

    private static final Pattern OPINION = Pattern.compile("\\b(?:I|we) (?:think|believe|feel|hope|guess|suppose)\\b"
            + "|\\b(?:in my|in our) (?:view|opinion)\\b|\\b(?:should|ought to|must)\\b|\\bit is time\\b"
            + "|\\b(?:arguably|hopefully|frankly)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLOSING_MARKS = Pattern.compile("[\"”’')\\]]+$");

    /**
     * A claim, what the signals read from it, and the sentences it is made of (one, or those a quotation runs across).
     */
    record Detected(Claim claim, ClaimFacts facts, List<String> sentences) {
    }

    private final PartOfSpeechTagger tagger;

    ClaimDetector(PartOfSpeechTagger tagger) {
        this.tagger = tagger;
    }

    List<Detected> detect(String text) {
        Set<String> knownNames = Names.known(text);
        // Each unit is read on its own, and tagging is most of this check's own work: both cores take part in it,
        // as both take part in the embedding model's work. The list keeps the units' order.
        return units(text).parallelStream().map(parts -> detected(text, parts, knownNames))
                .flatMap(Optional::stream).toList();
    }

    private Optional<Detected> detected(String text, List<Span> parts, Set<String> knownNames) {
        Span unit = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
        String sentence = unit.of(text);
        if (isQuestion(sentence)) {
            return Optional.empty();
        }
        List<Span> words = WordTokenizer.english().tokens(sentence);
        if (wordCount(sentence, words) < MIN_WORDS) {
            return Optional.empty();
        }
        ClaimFacts.Patterns patterns = ClaimFacts.Patterns.of(sentence);
        // Tagging costs more than everything else here, and it can only add a name: a bare opinion, or a sentence
        // in which patterns find nothing and no word could start a name, is no claim whatever its tags.
        if (isBareOpinion(patterns) || (patterns.kinds().isEmpty() && !Names.mayName(sentence, words, knownNames))) {
            return Optional.empty();
        }
        List<PartOfSpeechTagger.Token> tokens = tagger.tag(sentence, words);
        if (tokens.stream().noneMatch(PartOfSpeechTagger.Token::isVerb)) {
            return Optional.empty();
        }
        ClaimFacts facts = ClaimFacts.of(sentence, tokens, knownNames, patterns);
        if (facts.kinds().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Detected(new Claim(unit, sentence, facts.kinds()), facts,
                parts.stream().map(part -> part.of(text)).toList()));
    }

    /** The sentences of {@code text}, grouped: those a quotation runs across form one group. */
    private static List<List<Span>> units(String text) {
        List<Quotation> quotations = Quotations.of(text);
        List<List<Span>> units = new ArrayList<>();
        for (Sentence sentence : TextSegmenter.english().sentences(text)) {
            Span span = sentence.span();
            if (!units.isEmpty()) {
                List<Span> previous = units.get(units.size() - 1);
                int previousEnd = previous.get(previous.size() - 1).end();
                boolean sharedQuotation = quotations.stream().anyMatch(q -> q.span().start() < previousEnd
                        && q.span().end() > span.start());
                if (sharedQuotation) {
                    previous.add(span);
                    continue;
                }
            }
            units.add(new ArrayList<>(List.of(span)));
        }
        return units;
    }

    private static boolean isQuestion(String sentence) {
        return CLOSING_MARKS.matcher(sentence.stripTrailing()).replaceAll("").endsWith("?");
    }

    private static long wordCount(String sentence, List<Span> tokens) {
        return tokens.stream().filter(token -> Character.isLetterOrDigit(sentence.codePointAt(token.start()))).count();
    }

    private static boolean isBareOpinion(ClaimFacts.Patterns patterns) {
        boolean checkable = patterns.kinds().contains(ClaimKind.NUMBER) || patterns.kinds().contains(ClaimKind.DATE)
                || patterns.kinds().contains(ClaimKind.QUOTE);
        return !checkable && OPINION.matcher(patterns.ownVoice()).find();
    }
}
