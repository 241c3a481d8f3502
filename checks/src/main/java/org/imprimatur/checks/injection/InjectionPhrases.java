package org.imprimatur.checks.injection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Span;

/**
 * The phrasings by which text tries to instruct a language model: overriding its instructions ("ignore previous
 * instructions"), giving it a new role ("you are now"), asking for its prompt ("system prompt"), and the role tags of
 * chat formats ({@code <|im_start|>}, {@code [INST]}, {@code <<SYS>>}, a line starting {@code system:}), in English,
 * German, French, Spanish, Italian and Dutch. A list of patterns, not a model: it catches the common attacks and
 * says exactly which words it saw, and a reviewer decides. Immutable and thread-safe.
 */
final class InjectionPhrases {

    /** One phrase found: where, and which kind of instruction it is. */
    record Hit(Span span, String kind) {
    }

    private record Phrase(String kind, Pattern pattern) {
    }

    private static final String EARLIER = "(?:previous|prior|above|earlier|preceding|foregoing|original|all)";
    private static final String ORDERS = "(?:instructions?|prompts?|rules|directions|directives|guidelines|messages?)";

    private static final List<Phrase> PHRASES = List.of(
            phrase("override", "(?:ignore|disregard|forget|override|skip|bypass)\\s+(?:all\\s+|any\\s+|the\\s+|your\\s+"
                    + "|of\\s+)*" + EARLIER + "(?:\\s+\\w+)?\\s+" + ORDERS),
            phrase("override", "(?:ignore|disregard|forget)\\s+(?:everything|all)\\s+(?:above|before|you\\s+(?:were|have\\s+been)\\s+told)"),
            phrase("override", "new\\s+instructions?\\s*:"),
            phrase("role", "you\\s+are\\s+(?:now|no\\s+longer)\\b"),
            phrase("role", "from\\s+now\\s+on,?\\s+you\\s+(?:are|will|must)"),
            phrase("role", "(?:pretend|act)\\s+(?:to\\s+be|as\\s+if\\s+you|as\\s+(?:a|an)\\s+(?:unrestricted|different|new))"),
            phrase("prompt", "system\\s+prompt"),
            phrase("prompt", "(?:reveal|repeat|print|show|output)\\s+(?:your|the)\\s+(?:hidden\\s+|initial\\s+)?"
                    + "(?:instructions|prompt)"),
            phrase("role-tag", "<\\|(?:im_start|im_end|system|user|assistant|endoftext)\\|>"),
            phrase("role-tag", "\\[/?INST]|<</?SYS>>"),
            phrase("role-tag", "(?m)^\\s*(?:#{2,}\\s*)?(?:system|assistant)\\s*:"),
            // German
            phrase("override", "(?:ignoriere|ignorieren\\s+sie|vergiss|vergessen\\s+sie|missachte)\\s+(?:alle\\s+)?"
                    + "(?:vorherigen|bisherigen|obigen|vorigen|früheren)\\s+(?:anweisungen|instruktionen|regeln|befehle)"),
            phrase("role", "du\\s+bist\\s+(?:jetzt|ab\\s+sofort|nun)\\b"),
            // French
            phrase("override", "(?:ignore|ignorez|oublie|oubliez)\\s+(?:toutes\\s+)?(?:les\\s+)?(?:instructions|consignes|"
                    + "règles)\\s+(?:précédentes|ci-dessus|antérieures)"),
            phrase("role", "(?:tu\\s+es|vous\\s+êtes)\\s+(?:maintenant|désormais)\\b"),
            // Spanish
            phrase("override", "(?:ignora|ignore|olvida|olvide)\\s+(?:todas\\s+)?(?:las\\s+)?(?:instrucciones|reglas)\\s+"
                    + "(?:anteriores|previas)"),
            phrase("role", "ahora\\s+eres\\b"),
            // Italian
            phrase("override", "(?:ignora|dimentica)\\s+(?:tutte\\s+)?(?:le\\s+)?(?:istruzioni|regole)\\s+(?:precedenti|"
                    + "sopra)"),
            // Dutch
            phrase("override", "(?:negeer|vergeet)\\s+(?:alle\\s+)?(?:vorige|eerdere|bovenstaande)\\s+(?:instructies|"
                    + "regels)"),
            phrase("role", "je\\s+bent\\s+nu\\b"));

    private InjectionPhrases() {
    }

    private static Phrase phrase(String kind, String regex) {
        return new Phrase(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * Every phrase found in the text, in text order. Compatibility forms (full-width letters, ligatures) are folded
     * first, so "ｉｇｎｏｒｅ" counts as "ignore"; spans point into the text as given.
     */
    static List<Hit> find(String text) {
        String folded = fold(text);
        // Folding may change lengths; then spans in the folded text would not fit the original.
        String searched = folded.length() == text.length() ? folded : text;
        List<Hit> hits = new ArrayList<>();
        for (Phrase phrase : PHRASES) {
            Matcher matcher = phrase.pattern().matcher(searched);
            while (matcher.find()) {
                hits.add(new Hit(new Span(matcher.start(), matcher.end()), phrase.kind()));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return hits;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
