package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Passage;

/**
 * Looks a claim's quotation up in the sources, word for word, and checks whom they give as its speaker.
 *
 * <p>Words are compared without regard to case, white space, punctuation or the style of quotation marks and
 * apostrophes. The source wording closest to the quotation is found by aligning its words with the passages that
 * share most of its words (and their neighbours, since a quotation may run across sentences), allowing for words
 * inserted, dropped or changed anywhere. A quotation of at least {@value #MIN_WORDS_TO_ALTER} words whose closest
 * source wording differs by at most a quarter of its words (one word at least) was <em>altered</em>; anything further
 * away is
 * <em>absent</em>.
 *
 * <p><b>Threading:</b> stateless.
 */
final class QuoteCheck {

    static final int MIN_WORDS_TO_ALTER = 3;
    private static final double MAX_ALTERED_SHARE = 0.25;
    private static final int CANDIDATE_PASSAGES = 3;
    private static final Pattern ELLIPSIS = Pattern.compile("\\[?(?:\\.\\s?\\.\\s?\\.|…)\\]?");

    /** What the sources make of one quotation. */
    enum Status {
        /** Word for word in a source, and the source gives it to the same speaker (or the claim names none). */
        VERBATIM,
        /** Word for word in a source, but the source gives it to someone else. */
        WRONG_SPEAKER,
        /** Word for word in a source, which names nobody near it. */
        SPEAKER_UNCONFIRMED,
        /** A source has nearly these words: some were changed, added or dropped. */
        ALTERED,
        /** No source has anything like it. */
        ABSENT
    }

    /**
     * @param status        the outcome
     * @param passages      positions of the source passages holding the closest wording; empty if absent
     * @param sourceWording the closest source wording, as the source writes it; empty if absent
     * @param sourceSpeaker whom the source gives the quotation to, when that is what differs
     */
    record Result(Status status, List<Integer> passages, String sourceWording, Optional<Name> sourceSpeaker) {
    }

    /** One word of a source window: its text and where it lies in the source. */
    private record SourceWord(String lower, int passage, int start, int end) {
    }

    /** The best alignment found: its edit distance and the window words it spans. */
    private record Alignment(int distance, List<SourceWord> words) {
    }

    /**
     * Checks one quotation. An ellipsis ({@code …}, {@code ...}, {@code [...]}) marks words left out: the parts on
     * either side are looked up one by one, and the quotation is verbatim only if every part is.
     */
    Result check(ClaimFacts.QuotedSpeech speech, SourceView view) {
        Result first = null;
        for (String part : ELLIPSIS.split(speech.quotation().text())) {
            List<String> quoted = Words.of(part).stream().map(Words.Word::lower).toList();
            if (quoted.isEmpty()) {
                continue;
            }
            Result result = locate(part, quoted, speech, view);
            if (result.status() != Status.VERBATIM) {
                return result;
            }
            first = first == null ? result : first;
        }
        return first == null ? new Result(Status.VERBATIM, List.of(), "", Optional.empty()) : first;
    }

    private static Result locate(String part, List<String> quoted, ClaimFacts.QuotedSpeech speech, SourceView view) {
        Alignment best = null;
        for (List<Integer> window : candidateWindows(part, view)) {
            Alignment alignment = align(quoted, windowWords(window, view));
            if (alignment != null && (best == null || alignment.distance() < best.distance())) {
                best = alignment;
            }
        }
        if (best == null || best.distance() > allowedChanges(quoted.size())) {
            return new Result(Status.ABSENT, List.of(), "", Optional.empty());
        }
        List<SourceWord> matched = best.words();
        List<Integer> passages = new ArrayList<>(new TreeSet<>(matched.stream().map(SourceWord::passage).toList()));
        String wording = wording(matched, view);
        if (best.distance() > 0) {
            return new Result(Status.ALTERED, passages, wording, Optional.empty());
        }
        return speech.speaker()
                .map(speaker -> attribution(speaker, matched, passages, view, wording))
                .orElse(new Result(Status.VERBATIM, passages, wording, Optional.empty()));
    }

    private static int allowedChanges(int words) {
        return words < MIN_WORDS_TO_ALTER ? 0 : Math.max(1, (int) Math.floor(words * MAX_ALTERED_SHARE));
    }

    /**
     * Whether the source gives the quotation to {@code speaker}: the speaker a source sentence attributes the
     * quotation to decides; failing one ({@code she said}), the names in the sentences around it.
     */
    private static Result attribution(Name speaker, List<SourceWord> matched, List<Integer> passages, SourceView view,
                               String wording) {
        Passage first = view.passage(passages.get(0));
        Span matchedInPassage = new Span(matched.get(0).start() - first.span().start(),
                Math.min(first.text().length(), matched.get(matched.size() - 1).end() - first.span().start()));
        for (int position : passages) {
            Optional<Name> sourceSpeaker = attributedSpeaker(view, position,
                    position == passages.get(0) ? matchedInPassage : null);
            if (sourceSpeaker.isPresent()) {
                boolean same = speaker.isIn(sourceSpeaker.get().keys());
                return new Result(same ? Status.VERBATIM : Status.WRONG_SPEAKER, passages, wording,
                        same ? Optional.empty() : sourceSpeaker);
            }
        }
        Set<Integer> around = new LinkedHashSet<>(passages);
        passages.forEach(position -> around.addAll(view.neighbours(position)));
        List<Name> named = new ArrayList<>();
        for (int position : around) {
            PassageFacts facts = view.facts(position);
            named.addAll(Names.of(facts.text(), facts.ownVoiceTokens(), view.knownNames()));
        }
        if (named.stream().anyMatch(name -> speaker.isIn(name.keys()))) {
            return new Result(Status.VERBATIM, List.copyOf(around), wording, Optional.empty());
        }
        return named.isEmpty()
                ? new Result(Status.SPEAKER_UNCONFIRMED, passages, wording, Optional.empty())
                : new Result(Status.WRONG_SPEAKER, List.copyOf(around), wording, Optional.of(named.get(0)));
    }

    /** The speaker source passage {@code position} gives the quotation that overlaps {@code matched}, if any. */
    private static Optional<Name> attributedSpeaker(SourceView view, int position, Span matched) {
        PassageFacts facts = view.facts(position);
        String passage = facts.text();
        List<Quotation> quotations = Quotations.of(passage);
        Quotation quoted = quotations.stream()
                .filter(q -> matched == null || (q.span().start() < matched.end() && matched.start() < q.span().end()))
                .findFirst()
                .orElse(null);
        if (quoted == null) {
            return Optional.empty();
        }
        return Quotations.speaker(passage, quoted, Names.of(passage, facts.tokens(), view.knownNames()));
    }

    /** The passages that share most of the quotation's words, each with its neighbours, as windows in text order. */
    private static List<List<Integer>> candidateWindows(String quotation, SourceView view) {
        Set<String> terms = Words.contentTerms(quotation);
        double[] shared = new double[view.size()];
        for (String term : terms) {
            for (int holder : view.holders(term)) {
                shared[holder] += view.weight(term);
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (shared[i] > 0 || terms.isEmpty()) {
                scored.add(new double[] {i, shared[i]});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> s[1]).reversed());
        List<List<Integer>> windows = new ArrayList<>();
        for (double[] candidate : scored.subList(0, Math.min(CANDIDATE_PASSAGES, scored.size()))) {
            int position = (int) candidate[0];
            TreeSet<Integer> window = new TreeSet<>(view.neighbours(position));
            window.add(position);
            windows.add(List.copyOf(window));
        }
        return windows;
    }

    private static List<SourceWord> windowWords(List<Integer> window, SourceView view) {
        List<SourceWord> words = new ArrayList<>();
        for (int position : window) {
            Passage passage = view.passage(position);
            for (Words.Word word : Words.of(passage.text())) {
                words.add(new SourceWord(word.lower(), position, passage.span().start() + word.start(),
                        passage.span().start() + word.end()));
            }
        }
        return words;
    }

    /**
     * The stretch of {@code window} closest to {@code quoted}: word-level edit distance with free start and end in the
     * window (semi-global alignment), or null if the window is empty.
     */
    private static Alignment align(List<String> quoted, List<SourceWord> window) {
        int n = quoted.size();
        int m = window.size();
        if (m == 0) {
            return null;
        }
        int[] previous = new int[m + 1];
        int[] previousStart = new int[m + 1];
        int[] current = new int[m + 1];
        int[] currentStart = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previousStart[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            currentStart[0] = 0;
            for (int j = 1; j <= m; j++) {
                int substitute = previous[j - 1] + (quoted.get(i - 1).equals(window.get(j - 1).lower()) ? 0 : 1);
                int dropFromSource = current[j - 1] + 1;
                int missingInSource = previous[j] + 1;
                if (substitute <= dropFromSource && substitute <= missingInSource) {
                    current[j] = substitute;
                    currentStart[j] = previousStart[j - 1];
                } else if (missingInSource <= dropFromSource) {
                    current[j] = missingInSource;
                    currentStart[j] = previousStart[j];
                } else {
                    current[j] = dropFromSource;
                    currentStart[j] = currentStart[j - 1];
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        int end = 1;
        for (int j = 2; j <= m; j++) {
            if (previous[j] < previous[end]) {
                end = j;
            }
        }
        int start = Math.min(previousStart[end], end - 1);
        return new Alignment(previous[end], window.subList(start, end));
    }

    /** The source text the aligned words span, as the source writes it. */
    private static String wording(List<SourceWord> words, SourceView view) {
        StringBuilder wording = new StringBuilder();
        int passage = -1;
        for (SourceWord word : words) {
            if (word.passage() != passage) {
                Passage source = view.passage(word.passage());
                int from = Math.max(word.start(), source.span().start());
                int to = words.stream().filter(w -> w.passage() == word.passage()).mapToInt(SourceWord::end).max()
                        .orElseThrow();
                if (!wording.isEmpty()) {
                    wording.append(' ');
                }
                wording.append(source.text(), from - source.span().start(), to - source.span().start());
                passage = word.passage();
            }
        }
        return wording.toString();
    }
}
