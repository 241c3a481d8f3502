package org.imprimatur.app.audit;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.review.domain.Revision;

/**
 * What changed from one revision to the next, as a unified diff with one sentence per line: an article is often a
 * single paragraph, so a line diff would show the whole text as changed where a person edited one figure.
 */
final class RevisionDiff {

    private static final int CONTEXT_SENTENCES = 1;

    private RevisionDiff() {
    }

    static String between(Revision before, Revision after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("revision " + before.number(),
                "revision " + after.number(), original, patch, CONTEXT_SENTENCES));
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
