package org.imprimatur.generation.drafting.grounded;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.imprimatur.spi.source.Passage;

/**
 * Tells which excerpts are not article material, whatever their similarity to the brief: a press release's footer,
 * fragments too short to say anything, boilerplate (copyright, contact and cookie lines, newsletter calls, URLs), navigation trails, and
 * lines without the shape of a sentence (headings, captions, lists of names). Extraction keeps all of these, and
 * the words of a footer ("Aldermoor Energy. All rights reserved.") can match a brief as well as the news does.
 *
 * <p>English heuristics, tuned to miss junk rather than drop news: a sentence needs terminal punctuation and one
 * word that looks like a verb (an auxiliary or common verb, an {@code -ed}, {@code -ing} or {@code -s} form, or a
 * word after "to"). Stateless.
 */
final class JunkFilter {

    private static final int MIN_WORDS = 6;

    private static final Pattern BOILERPLATE = Pattern.compile(String.join("|",
            "all rights reserved", "©", "\\(c\\)\\s*\\d{4}", "\\bcopyright\\b", "\\bcookies?\\b",
            "privacy (?:policy|notice|statement)", "terms (?:of|and) (?:use|service|conditions)",
            "\\b(?:un)?subscribe\\b", "\\bnewsletter", "\\bsign (?:up|in)\\b", "\\blog ?in\\b",
            "click here", "read more", "learn more", "find out more", "follow us", "share (?:this|on)\\b",
            "\\b(?:media|press) (?:contacts?|enquiries|inquiries|office)\\b", "for (?:more|further) information",
            "forward-looking statements?", "[\\w.+-]+@[\\w-]+\\.[\\w.]+", "https?://", "\\bwww\\.",
            "\\b(?:tel|phone|fax|mobile)\\b\\.?\\s*:?\\s*\\+?\\d", "^#{3}", "\\babout us\\b"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER_START = Pattern.compile(
            "(?i)about [^.!?]{1,60}|notes? to editors:?|#{3}|-?\\s*ends\\s*-?"
                    + "|(?:media|press) contacts?:?.*");
    private static final Pattern NAVIGATION = Pattern.compile("(?:\\s[|›>•]\\s.*){2,}");
    private static final String TRAILING_CLOSERS = "”\"»’')]";
    private static final String TERMINALS = ".!?…;";

    private static final Set<String> COMMON_VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "shall", "should", "may", "might", "must", "said", "say", "told", "get",
            "got", "make", "made", "take", "took", "go", "went", "come", "came", "see", "saw", "give", "gave",
            "know", "knew", "find", "found", "think", "thought", "become", "became", "leave", "left", "feel", "put",
            "bring", "brought", "begin", "began", "keep", "kept", "hold", "held", "run", "ran", "set", "pay", "paid",
            "meet", "met", "lead", "led", "stand", "stood", "lose", "lost", "build", "built", "spend", "spent",
            "grow", "grew", "rise", "rose", "fall", "fell", "win", "won", "sell", "sold", "buy", "bought", "cut",
            "let", "send", "sent", "show", "shown", "expect", "need", "want", "plan", "open", "close", "hope");

    private JunkFilter() {
    }

    /**
     * A source's sentences up to its footer: press releases end with an "About the company" section, notes to
     * editors or contacts, which describe the sender rather than the news. A footer starts at such a heading in the
     * second half of the source.
     *
     * @param sentences one source's passages in text order
     */
    static List<Passage> withoutFooter(List<Passage> sentences) {
        for (int i = sentences.size() / 2; i < sentences.size(); i++) {
            if (FOOTER_START.matcher(Words.singleSpaced(sentences.get(i).text())).matches()) {
                return sentences.subList(0, i);
            }
        }
        return sentences;
    }

    static boolean isJunk(Excerpt excerpt) {
        String text = excerpt.text();
        return excerpt.words() < MIN_WORDS
                || excerpt.passages().stream().anyMatch(passage -> BOILERPLATE.matcher(passage.text()).find())
                || NAVIGATION.matcher(text).find()
                || !endsLikeSentence(text)
                || !hasVerbShape(text);
    }

    private static boolean endsLikeSentence(String text) {
        int end = text.length() - 1;
        while (end > 0 && TRAILING_CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && TERMINALS.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean hasVerbShape(String text) {
        String previous = "";
        for (String word : Words.of(text)) {
            if (Character.isLowerCase(word.charAt(0)) && (looksLikeVerb(word) || previous.equals("to"))) {
                return true;
            }
            previous = word.toLowerCase(Locale.ROOT);
        }
        return false;
    }

    private static boolean looksLikeVerb(String word) {
        return COMMON_VERBS.contains(word)
                || word.length() > 3 && word.endsWith("ed")
                || word.length() > 4 && word.endsWith("ing")
                || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                        && !word.endsWith("is");
    }
}
