package org.imprimatur.checks.originality;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.checks.SourcesOnlyContext;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;

/** A news source, revisions and contexts for the originality tests. */
final class Fixtures {

    static final String S1 = "The county council approved the offshore wind farm at Saltmarsh Bay on Tuesday after a"
            + " debate that lasted more than four hours.";
    static final String S2 = "Forty-two turbines will stand eleven kilometres from the coast, and the operator expects"
            + " the first of them to turn by the spring of 2028.";
    static final String S3 = "The project will cost about 1.2 billion euros, most of it raised from pension funds in the"
            + " Netherlands and Denmark.";
    static final String S4 = "Local fishermen had asked the council to delay the vote until an independent study of the"
            + " fish stocks was published.";
    static final String S5 = "Their spokesperson said the cable route would cross the best grounds for crab and lobster"
            + " in the whole bay.";
    static final String S6 = "The operator has offered to pay compensation for every season in which the boats cannot"
            + " fish near the construction site.";
    static final String S7 = "Engineers will begin laying the foundations in the autumn, when the sea is calmer and the"
            + " noise disturbs fewer seals.";
    static final String S8 = "The harbour master expects three hundred workers to be based at the port during the busiest"
            + " months of construction, and the council hopes that many of them will be hired locally.";

    static final String REPORT = S1 + " " + S2 + " " + S3 + "\n\n" + S4 + " " + S5 + " " + S6 + "\n\n" + S7 + " " + S8;

    static final String OWN_OPENING = "Councillors in the coastal county spent the whole afternoon on it.";
    static final String OWN_CLOSING = "Nobody in the chamber had expected the vote to be quite so close.";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Fixtures() {
    }

    static SourceDocument source(String id, String title, String text, SourceRights rights) {
        return new SourceDocument(id, title, "text/plain", "en", Sha256.ofUtf8(text), id + ".txt", text, Map.of(),
                rights);
    }

    static SourceDocument report(SourceRights rights) {
        return source("report", "Council approves Saltmarsh Bay wind farm", REPORT, rights);
    }

    static RevisionView article(String body) {
        return revision(body, "llama3.1");
    }

    static RevisionView revision(String body, String model) {
        ModelCard card = new ModelCard("test", model, "1", Map.of(), Sha256.ofUtf8("prompt"), List.of());
        return new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Wind farm", body, card, List.of(), "ed",
                Instant.EPOCH);
    }

    /** A context over the sources alone: the originality check reads nothing else. */
    static CheckContext context(SourceDocument... sources) {
        return SourcesOnlyContext.of("originality", sources);
    }

    /** The words of {@code text} as a reader counts them: letters and digits, everything else a separator. */
    static int words(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** {@code text} from its start to the end of its {@code count}th word. */
    static String firstWords(String text, int count) {
        Matcher matcher = WORD.matcher(text);
        for (int i = 0; i < count; i++) {
            if (!matcher.find()) {
                throw new IllegalArgumentException("fewer than " + count + " words: " + text);
            }
        }
        return text.substring(0, matcher.end());
    }

    /** {@code sentence} without its final full stop. */
    static String unstopped(String sentence) {
        return sentence.substring(0, sentence.length() - 1);
    }
}
