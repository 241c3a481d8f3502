package org.imprimatur.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.review.domain.Revision;

/**
 * What changed from one revision to another, sentence by sentence: an article is often a single paragraph, so a
 * line diff would show the whole text as changed where a person edited one figure. The dossier keeps it as a unified
 * diff with one sentence per line; the review desk shows it as the text with its insertions and deletions.
 */
public final class RevisionDiff {

    private static final int CONTEXT_SENTENCES = 1;

    /** What happened to a piece of text between the two revisions. */
    public enum Kind {
        /** In both. */
        KEPT,
        /** Only in the later revision. */
        ADDED,
        /** Only in the earlier revision. */
        REMOVED
    }

    /**
     * A run of whole sentences of the body that was kept, added or removed.
     *
     * @param text the sentences as they stand in their revision's body, with the white space between them (a
     *             paragraph break stays a paragraph break); a kept run is shown as the later revision has it
     */
    public record Change(Kind kind, String text) {

        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private RevisionDiff() {
    }

    /** The unified diff from {@code before} to {@code after}, the title as its first line; empty when nothing changed. */
    public static String between(Revision before, Revision after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("revision " + before.number(),
                "revision " + after.number(), original, patch, CONTEXT_SENTENCES));
    }

    /**
     * The body of {@code after} with what {@code before} had in its place: kept, removed and added runs in reading
     * order, a removal before the addition that replaced it. Their texts put together in order, leaving out the
     * removed ones, give {@code after}'s body.
     */
    public static List<Change> changes(String before, String after) {
        List<Piece> original = pieces(before);
        List<Piece> revised = pieces(after);
        Patch<Piece> patch = DiffUtils.diff(original, revised, (a, b) -> a.sentence().equals(b.sentence()));
        List<Change> changes = new ArrayList<>();
        // White space before the first sentence, or a body without any.
        add(changes, Kind.KEPT, after.substring(0, revised.isEmpty() ? after.length() : revised.get(0).start()));
        int next = 0;
        for (AbstractDelta<Piece> delta : patch.getDeltas()) {
            int at = delta.getTarget().getPosition();
            kept(changes, revised.subList(next, at));
            add(changes, Kind.REMOVED, join(delta.getSource().getLines()));
            add(changes, Kind.ADDED, join(delta.getTarget().getLines()));
            next = at + delta.getTarget().size();
        }
        kept(changes, revised.subList(next, revised.size()));
        return changes;
    }

    private static void kept(List<Change> changes, List<Piece> pieces) {
        add(changes, Kind.KEPT, join(pieces));
    }

    /** Adds a run, joining it to the one before when both are of a kind. */
    private static void add(List<Change> changes, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = changes.size() - 1;
        if (last >= 0 && changes.get(last).kind() == kind) {
            changes.set(last, new Change(kind, changes.get(last).text() + text));
        } else {
            changes.add(new Change(kind, text));
        }
    }

    private static String join(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }

    /**
     * A sentence of a body with the white space that follows it up to the next sentence (or the end of the text).
     *
     * @param start where the sentence starts in the body
     */
    private record Piece(String sentence, String text, int start) {
    }

    private static List<Piece> pieces(String body) {
        List<Sentence> sentences = TextSegmenter.english().sentences(body);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i).span().start();
            int end = i + 1 < sentences.size() ? sentences.get(i + 1).span().start() : body.length();
            pieces.add(new Piece(sentences.get(i).text(), body.substring(start, end), start));
        }
        return pieces;
    }

    private static List<String> lines(Revision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("Title: " + revision.title());
        for (Sentence sentence : TextSegmenter.english().sentences(revision.body())) {
            lines.add(sentence.text());
        }
        return lines;
    }
}
