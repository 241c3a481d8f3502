package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Span;

/**
 * Finds the {@link Name names} in a text. There is no named-entity model, so a name is a run of words tagged as proper
 * nouns, or capitalised other than at the start of a sentence or quotation, joined across {@code of}, {@code de},
 * {@code van}…, with titles ({@code Mayor}, {@code Dr}) dropped; weekdays and months are {@link DateMentions dates},
 * not names. At the start of a sentence, where every word is capitalised and the tagger often takes an unfamiliar name
 * for an adjective ({@code Bello warned…}), a word also counts when the surrounding text uses it capitalised
 * mid-sentence (its <em>known names</em>: {@code …led by Governor Ibrahim Bello}). Stateless.
 */
final class Names {

    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "da", "van", "von", "der", "den",
            "al", "bin", "le", "la", "du", "for");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "mayor", "president", "minister", "prime", "chancellor", "secretary", "senator",
            "sen", "rep", "representative", "governor", "gov", "judge", "justice", "councillor", "councilor",
            "commissioner", "chief", "inspector", "detective", "sergeant", "officer", "captain", "general", "gen",
            "colonel", "col", "king", "queen", "prince", "princess", "pope", "bishop", "father", "rev", "reverend",
            "deputy", "vice", "ceo", "chair", "chairman", "chairwoman", "director", "spokesperson", "spokesman",
            "spokeswoman", "mp", "mep", "st", "the", "a", "an", "former", "acting", "interim");
    private static final Set<String> NOT_NAMES = Set.of("i", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "but", "and", "or", "if", "when", "while", "it", "he",
            "she", "they", "we", "this", "that", "these", "those", "there", "here", "in", "on", "at", "for", "as",
            "after", "before", "with", "by", "from", "to", "of", "its", "his", "her", "their", "our", "my", "your");

    private static final Pattern TRAILING_APOSTROPHE_OR_STOP = Pattern.compile("['.]$");

    private Names() {
    }

    /**
     * The names among tagged tokens of {@code text}.
     *
     * @param known lower-cased words known to be names from the surrounding text ({@link #known})
     */
    static List<Name> of(String text, List<PartOfSpeechTagger.Token> tokens, Set<String> known) {
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(text, tokens, i, known)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size()) {
                if (isNameWord(text, tokens, end, known)) {
                    end++;
                } else if (end + 1 < tokens.size()
                        && CONNECTORS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                        && isNameWord(text, tokens, end + 1, known)) {
                    end += 2;
                } else {
                    break;
                }
            }
            Name name = name(tokens.subList(i, end));
            if (name != null) {
                names.add(name);
            }
            i = end;
        }
        return names;
    }

    /**
     * Whether any of the word tokens of {@code text} could start a name, whatever tags they were given: the conditions
     * of {@link #of} that do not depend on tags. When this is false, {@link #of} finds no name in {@code text}, so a
     * caller can skip tagging it.
     *
     * @param words {@code text}'s word tokens, as the tagger would read them
     * @param known as for {@link #of}
     */
    static boolean mayName(String text, List<Span> words, Set<String> known) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).of(text);
            if (!capitalised(word) || NOT_NAMES.contains(lower(word))) {
                continue;
            }
            if (!startsSentence(text, words.get(i).start())) {
                return true;
            }
            // At the start of a sentence, the first-word conditions of isNameWord, tags aside.
            String next = i + 1 < words.size() ? words.get(i + 1).of(text) : null;
            if (known.contains(lower(word)) || (next != null && (capitalised(next)
                    || Quotations.SPEECH_VERBS.contains(next.toLowerCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    /** The {@link Name#key keys} of the words of {@code text} that are capitalised, wherever they stand. */
    static Set<String> capitalisedKeys(String text) {
        Set<String> keys = new HashSet<>();
        for (Words.Word word : Words.of(text)) {
            if (word.capitalised()) {
                keys.add(Name.key(word.text()));
            }
        }
        return keys;
    }

    /**
     * The names in {@code text} found without tagging: runs of capitalised words other than at the start of a sentence
     * or quotation (unless {@code known}), titles, dates and pronouns left out, in order, as written
     * ({@code Amara Okafor}). Good enough to see whom a source passage names.
     */
    static List<Name> namedRuns(String text, Set<String> known) {
        List<Name> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Words.Word word : Words.of(text)) {
            String lower = Words.withoutPossessive(word.lower());
            boolean named = word.capitalised() && (!startsSentence(text, word.start()) || known.contains(lower))
                    && !TITLES.contains(lower) && !NOT_NAMES.contains(lower);
            boolean adjacent = runEnd >= 0 && text.substring(runEnd, word.start()).isBlank();
            if (!run.isEmpty() && (!named || !adjacent)) {
                runs.add(new Name(new Span(runStart, runEnd), run));
                run = new ArrayList<>();
            }
            if (named) {
                if (run.isEmpty()) {
                    runStart = word.start();
                }
                run.add(Words.withoutPossessive(word.text()));
                runEnd = word.end();
            }
        }
        if (!run.isEmpty()) {
            runs.add(new Name(new Span(runStart, runEnd), run));
        }
        return runs;
    }

    /**
     * The words {@code text} uses capitalised other than at the start of a sentence or quotation, lower-cased, titles,
     * dates and pronouns left out: the names it is known to mention.
     */
    static Set<String> known(String text) {
        Set<String> known = new HashSet<>();
        for (Words.Word word : Words.of(text)) {
            String lower = Words.withoutPossessive(word.lower());
            if (word.capitalised() && !startsSentence(text, word.start()) && !TITLES.contains(lower)
                    && !NOT_NAMES.contains(lower)) {
                known.add(lower);
            }
        }
        return known;
    }

    private static boolean isNameWord(String text, List<PartOfSpeechTagger.Token> tokens, int index,
                                      Set<String> known) {
        PartOfSpeechTagger.Token token = tokens.get(index);
        if (!capitalised(token.text()) || NOT_NAMES.contains(lower(token.text()))) {
            return false;
        }
        boolean followedByName = index + 1 < tokens.size() && capitalised(tokens.get(index + 1).text())
                && tokens.get(index + 1).isProperNoun();
        if (startsSentence(text, token.span().start())) {
            // Every first word is capitalised, and the tagger calls many of them proper nouns ("Tobacco and…") and
            // unfamiliar names anything ("Okafor/ADP told"): only a word the text uses as a name elsewhere, a proper
            // noun that runs on into a name ("Mayor Okafor"), or a word other than a common noun or pronoun that speaks
            // ("Okafor told…", but not "Officials said…") counts.
            boolean speaks = index + 1 < tokens.size()
                    && Quotations.SPEECH_VERBS.contains(tokens.get(index + 1).text().toLowerCase(Locale.ROOT))
                    && !List.of("NOUN", "PRON", "DET").contains(token.tag());
            return known.contains(lower(token.text())) || (token.isProperNoun() && followedByName) || speaks;
        }
        // A capitalised adjective is a nationality ("Libyan") unless it starts a name ("European Central Bank").
        return !token.tag().equals("ADJ") || followedByName;
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static String lower(String word) {
        return bare(word).toLowerCase(Locale.ROOT);
    }

    /** The word without a possessive ({@code Okafor's}, {@code Presidents'}) or a full stop ({@code Dr.}). */
    private static String bare(String word) {
        return TRAILING_APOSTROPHE_OR_STOP.matcher(Words.withoutPossessive(word.replace('’', '\''))).replaceAll("");
    }

    /** Whether the word at {@code offset} is the first of a sentence or of a quotation, where capitals say nothing. */
    private static boolean startsSentence(String text, int offset) {
        int before = offset - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < 0) {
            return true;
        }
        char mark = text.charAt(before);
        if ("\"'”’".indexOf(mark) >= 0) {
            // A straight quote opens a quotation after a space; any quote after ". ! ?" closes a sentence.
            char inside = before == 0 ? ' ' : text.charAt(before - 1);
            boolean opens = (mark == '"' || mark == '\'') && (Character.isWhitespace(inside) || inside == '(');
            return opens || ".!?".indexOf(inside) >= 0;
        }
        return ".!?:;“‘(".indexOf(mark) >= 0;
    }

    private static Name name(List<PartOfSpeechTagger.Token> run) {
        List<String> words = new ArrayList<>();
        for (PartOfSpeechTagger.Token token : run) {
            // Split as the words names are looked up among: "Pepsi-Cola" is Pepsi and Cola, "U.S." U and S.
            for (Words.Word part : Words.of(token.text())) {
                String word = Words.withoutPossessive(part.text());
                String lower = word.toLowerCase(Locale.ROOT);
                if (!TITLES.contains(lower) && !CONNECTORS.contains(lower)) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        Span span = new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end());
        return new Name(span, words);
    }
}
