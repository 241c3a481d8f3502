package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.source.SourceDocument;

/**
 * A benchmark harness, not a test: grounded drafts of 600 words from 5 generated sources of about 2,000 words each.
 * The sources are segmented and embedded first, as ingestion leaves them, outside the timed part; then, after a
 * warm-up, every draft is timed from request to draft (embedding the brief, search, excerpts, selection, layout).
 * Run it as docs/benchmarks.md says; arguments: {@code [DRAFTS [SOURCES [WORDS_PER_SOURCE]]]}.
 */
public final class GroundedDraftingBenchmark {

    private static final String[] PLACES = {"Saltmarsh Bay", "the harbour", "the port of Wexcombe", "the northern coast"};
    private static final String[] SUBJECTS = {"The wind farm", "The operator", "The county council", "Local fishermen",
            "The grid company", "Engineers on the site", "The environment agency", "Residents of Wexcombe",
            "The turbine maker", "Investors in the project"};
    private static final String[] VERBS = {"said", "expect", "reported", "confirmed", "warned", "have agreed",
            "will review", "plan to publish", "estimated", "questioned"};
    private static final String[] OBJECTS = {"the cost of the offshore wind farm", "the number of turbines",
            "the cable route to the substation", "the effect on fish stocks", "the output of the turbines",
            "the jobs created at the port", "the schedule for the second phase", "the price paid for the electricity",
            "the noise from the foundations", "the compensation for the fishing fleet"};
    private static final String[] DETAILS = {"by the end of the year", "after the winter storms", "in a report on Monday",
            "despite the delays", "at a public meeting", "for the first time", "within the budget", "in the next decade"};
    private static final String[] NAMES = {"Ruth Calder", "Owen Pryce", "Mei Tanaka", "Joaquim Reis", "Sofia Lind"};
    private static final String[] ROLES = {"the project director", "a harbour master", "the council leader",
            "an ecologist at the university", "a spokesperson for the fishermen"};

    private GroundedDraftingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int sourceCount = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int wordsPerSource = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Random random = new Random(42);
        List<SourceDocument> sources = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            sources.add(NewsSources.document("source-" + i, "en", story(random, wordsPerSource)));
        }
        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            long ingestStart = System.nanoTime();
            PassageIndex index = NewsSources.index(sources, embedder);
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;

            GroundedDraftingProvider provider = new GroundedDraftingProvider();
            provider.init(key -> Optional.empty());
            Brief brief = new Brief("Offshore wind farm at Saltmarsh Bay",
                    "what the fishing fleet and the port get out of it", "business", 600, "en");
            DraftRequest request = new DraftRequest(brief, sources, index, "bench", null);

            Draft last = null;
            for (int i = 0; i < Math.max(10, drafts / 5); i++) {
                last = provider.draft(request);
            }
            double[] millis = new double[drafts];
            for (int i = 0; i < drafts; i++) {
                long start = System.nanoTime();
                last = provider.draft(request);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("sources: %d x ~%,d words, %,d passages (segmented and embedded in %.1f s, not timed)%n",
                    sourceCount, wordsPerSource, index.all().size(), ingestSeconds);
            System.out.printf("draft: target %d words, wrote %s words from %s passages%n", brief.targetWords(),
                    last.modelCard().parameters().get("wordsWritten"), last.modelCard().parameters().get("passagesUsed"));
            System.out.printf("per draft over %d warm runs: mean %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    drafts, Arrays.stream(millis).average().orElseThrow(), percentile(millis, 0.50),
                    percentile(millis, 0.95), millis[millis.length - 1]);
            System.out.printf("cores: %d, max heap: %,d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        }
    }

    /** A news-like story: paragraphs of three to five sentences, about one in five a quotation with its speaker. */
    private static String story(Random random, int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < words) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 3 + random.nextInt(3); s > 0; s--) {
                String sentence = random.nextInt(5) == 0 ? quotation(random) : statement(random);
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                written += Words.count(sentence);
            }
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    private static String statement(Random random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " at "
                + pick(random, PLACES) + " " + pick(random, DETAILS) + ", putting it at " + (10 + random.nextInt(990))
                + " million euros.";
    }

    private static String quotation(Random random) {
        return "“We looked closely at " + pick(random, OBJECTS) + ". It matters to everyone at " + pick(random, PLACES)
                + ",” said " + pick(random, NAMES) + ", " + pick(random, ROLES) + ".";
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
