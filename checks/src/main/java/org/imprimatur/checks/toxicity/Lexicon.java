package org.imprimatur.checks.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imprimatur.checks.toxicity.ObfuscationNormalizer.Normalized;
import org.imprimatur.checks.toxicity.ObfuscationNormalizer.SpacedRun;
import org.imprimatur.checks.toxicity.ObfuscationNormalizer.Token;
import org.imprimatur.spi.check.Span;

/**
 * Slurs, insults, obscenities and swear words that are offensive in almost any use, found however they are
 * disguised. The words and their strengths are in {@code lexicon.tsv} beside this class, which says how they were
 * chosen.
 *
 * <p>A text is folded by {@link ObfuscationNormalizer}; each token is then compared with the lexicon as runs of
 * letters, so that {@code "fuuuck"} and {@code "asss"} match {@code fuck} and {@code ass} while {@code "conn"} does
 * not match {@code coon}: a run may be longer than the lexicon's only if it is three letters or more (deliberate
 * stretching), never shorter. Masked tokens ({@code "f**k"}) match a word of the same length when no more than half
 * the letters are masked and the first is not, or when only the first and last letters show but only one word
 * fits ({@code "n****r"}). Plain tokens are looked up by their squeezed spelling, so the cost is
 * linear in the text's length; only disguised tokens are compared with every word.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once.
 */
final class Lexicon {

    private static final String RESOURCE = "lexicon.tsv";
    /** Stretching a letter to this many counts as a disguise; "shiitake" (two i's) is not "shit". */
    private static final int STRETCHED = 3;

    enum Match { WORD, PREFIX, INFIX }

    /** One lexicon word, as runs of letters: {@code ass} is {@code a×1 s×2}. */
    record Entry(String term, ToxicityCategory category, double strength, Match match, String letters, int[] counts) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> wordsBySqueezed = new HashMap<>();
    private final Map<String, List<Entry>> prefixesBySqueezed = new HashMap<>();
    private final List<Entry> infixes = new ArrayList<>();

    Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            switch (entry.match()) {
                case WORD -> wordsBySqueezed.computeIfAbsent(entry.letters(), k -> new ArrayList<>()).add(entry);
                case PREFIX -> prefixesBySqueezed.computeIfAbsent(entry.letters(), k -> new ArrayList<>()).add(entry);
                case INFIX -> infixes.add(entry);
            }
        }
    }

    /**
     * The lexicon that ships with the check.
     *
     * @throws IllegalStateException if the resource is missing or malformed (a broken build)
     */
    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The toxicity lexicon " + RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("The toxicity lexicon could not be read", e);
        }
    }

    static Lexicon parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new IllegalStateException("Lexicon line " + number + " has not 4 tab-separated fields: " + line);
            }
            int at = number;
            ToxicityCategory category = ToxicityCategory.fromWireName(fields[1]).orElseThrow(
                    () -> new IllegalStateException("Lexicon line " + at + " names no category: " + fields[1]));
            entries.add(entry(fields[0], category, Double.parseDouble(fields[2]),
                    Match.valueOf(fields[3].toUpperCase(Locale.ROOT))));
        }
        return new Lexicon(entries);
    }

    static Entry entry(String term, ToxicityCategory category, double strength, Match match) {
        if (!term.matches("[a-z]{3,}") || !(strength > 0 && strength <= 1)) {
            throw new IllegalStateException("Not a lexicon word of 3 or more letters a-z with a strength in (0, 1]: "
                    + term + " " + strength);
        }
        Runs runs = Runs.of(term);
        return new Entry(term, category, strength, match, runs.letters, runs.counts);
    }

    /** Every lexicon word in {@code text}, in text order; spaced-out words span from their first to last letter. */
    List<LexiconHit> find(String text) {
        Normalized normalized = ObfuscationNormalizer.normalize(text);
        List<LexiconHit> hits = new ArrayList<>();
        for (Token token : normalized.tokens()) {
            Entry best = best(token.form(), false);
            if (best != null) {
                hits.add(hit(best, token.start(), token.end()));
            }
        }
        for (SpacedRun run : normalized.spacedRuns()) {
            findSpacedOut(run.letters(), hits);
        }
        hits.sort(Comparator.comparingInt((LexiconHit hit) -> hit.span().start()));
        return hits;
    }

    /** From each letter on, the longest spaced-out word that starts there; then on after it. */
    private void findSpacedOut(List<Token> letters, List<LexiconHit> hits) {
        int from = 0;
        while (from < letters.size()) {
            int matchedTo = -1;
            Entry matched = null;
            StringBuilder form = new StringBuilder();
            for (int to = from; to < letters.size(); to++) {
                form.append(letters.get(to).form());
                Entry entry = form.length() >= 3 ? best(form.toString(), true) : null;
                if (entry != null) {
                    matched = entry;
                    matchedTo = to;
                }
            }
            if (matched == null) {
                from++;
            } else {
                hits.add(hit(matched, letters.get(from).start(), letters.get(matchedTo).end()));
                from = matchedTo + 1;
            }
        }
    }

    private static LexiconHit hit(Entry entry, int start, int end) {
        return new LexiconHit(entry.term(), entry.category(), entry.strength(), new Span(start, end));
    }

    /**
     * The strongest entry {@code form} matches, or null.
     *
     * @param spaced whether the form was spelt out letter by letter: then it is a whole word, and words the lexicon
     *               would find inside others match at its start
     */
    private Entry best(String form, boolean spaced) {
        if (form.indexOf(ObfuscationNormalizer.MASKED) >= 0 || form.indexOf(ObfuscationNormalizer.I_OR_L) >= 0) {
            return bestDisguised(form, spaced);
        }
        Runs runs = Runs.of(form);
        Entry best = null;
        for (Entry entry : wordsBySqueezed.getOrDefault(runs.letters, List.of())) {
            best = stronger(best, runs.matchAt(0, entry, false, false) ? entry : null);
        }
        for (int length = 1; length <= runs.letters.length(); length++) {
            for (Entry entry : prefixesBySqueezed.getOrDefault(runs.letters.substring(0, length), List.of())) {
                best = stronger(best, runs.matchAt(0, entry, false, true) ? entry : null);
            }
        }
        for (Entry entry : infixes) {
            int lastStart = spaced ? 0 : runs.letters.length() - entry.letters().length();
            for (int start = 0; start <= lastStart; start++) {
                if (runs.matchAt(start, entry, start > 0, true)) {
                    best = stronger(best, entry);
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Compares a masked or leetspeak form with every entry, letter by letter (such forms are rare). A form with more
     * than half its letters masked ({@code "n****r"}, as newspapers print slurs) still matches when its first and
     * last letters are there and only one word of its length fits.
     */
    private Entry bestDisguised(String form, boolean spaced) {
        Entry best = null;
        Entry onlyHeavilyMasked = null;
        int heavilyMasked = 0;
        for (Entry entry : entries) {
            boolean whole = entry.match() == Match.WORD || (entry.match() == Match.INFIX && spaced);
            boolean fits = whole ? form.length() == entry.term().length() : form.length() >= entry.term().length();
            if (!fits) {
                continue;
            }
            switch (disguise(form, entry.term())) {
                case LIGHT -> best = stronger(best, entry);
                case HEAVY -> {
                    if (form.length() == entry.term().length()) {
                        heavilyMasked++;
                        onlyHeavilyMasked = entry;
                    }
                }
                case NONE -> { }
            }
        }
        return best != null || heavilyMasked != 1 ? best : onlyHeavilyMasked;
    }

    private enum Disguise { NONE, LIGHT, HEAVY }

    /**
     * How the first {@code term.length()} characters of {@code form} may stand for {@code term}: lightly (no more
     * than half masked, the first letter not), heavily (more masked, but the first and last letters there), or not.
     */
    private static Disguise disguise(String form, String term) {
        int masked = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = form.charAt(i);
            char t = term.charAt(i);
            if (c == ObfuscationNormalizer.MASKED) {
                masked++;
            } else if (c == ObfuscationNormalizer.I_OR_L ? t != 'i' && t != 'l' : c != t) {
                return Disguise.NONE;
            }
        }
        int last = term.length() - 1;
        if (form.charAt(0) == ObfuscationNormalizer.MASKED || term.length() - masked < 2) {
            return Disguise.NONE;
        }
        if (masked * 2 <= term.length()) {
            return Disguise.LIGHT;
        }
        return form.charAt(last) != ObfuscationNormalizer.MASKED ? Disguise.HEAVY : Disguise.NONE;
    }

    private static Entry stronger(Entry a, Entry b) {
        if (a == null) {
            return b;
        }
        return b == null || a.strength() >= b.strength() ? a : b;
    }

    /** A word as runs of one letter: {@code "fuuuck"} is letters {@code fuck}, counts {@code 1 3 1 1}. */
    private record Runs(String letters, int[] counts) {

        static Runs of(String word) {
            StringBuilder letters = new StringBuilder(word.length());
            int[] counts = new int[word.length()];
            int runs = 0;
            for (int i = 0; i < word.length(); i++) {
                if (runs > 0 && letters.charAt(runs - 1) == word.charAt(i)) {
                    counts[runs - 1]++;
                } else {
                    letters.append(word.charAt(i));
                    counts[runs++] = 1;
                }
            }
            return new Runs(letters.toString(), Arrays.copyOf(counts, runs));
        }

        /**
         * Whether the entry's runs occur here from run {@code start}: same letters, each run as long as the entry's
         * or stretched to {@value #STRETCHED} or more; a run at an open edge (where the token goes on) may be longer.
         */
        boolean matchAt(int start, Entry entry, boolean openStart, boolean openEnd) {
            String want = entry.letters();
            if (start + want.length() > letters.length() || !letters.startsWith(want, start)) {
                return false;
            }
            if (!openEnd && start + want.length() != letters.length()) {
                return false;
            }
            for (int i = 0; i < want.length(); i++) {
                int have = counts[start + i];
                int need = entry.counts()[i];
                boolean open = (i == 0 && openStart) || (i == want.length() - 1 && openEnd);
                boolean fits = have == need || (have > need && (open || have >= STRETCHED));
                if (!fits) {
                    return false;
                }
            }
            return true;
        }
    }
}
