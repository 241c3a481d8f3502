package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.imprimatur.nlp.LruCache;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Finds the check-worthy claims of a text and assesses each against the sources' passages: see {@link ClaimDetector}
 * for what counts as a claim and {@link ClaimAssessor} for how a verdict is reached from the signals (numbers, dates,
 * names, quotations, negation and antonyms, similarity) and the calibrated {@link SupportModel}.
 *
 * <p>Claims are embedded through {@link SourcePassages#embed} (all claims of a call in one batch) so the embedding
 * model is the one the passages were stored with; passages are never embedded again, and what the signals read from a
 * passage's text is worked out once and kept for the next checks ({@link PassageFacts}).
 *
 * <p><b>Threading:</b> thread-safe; the part-of-speech model and the calibration are loaded once, on first use of
 * {@link #shared()}. <b>Failure:</b> {@link #shared()} throws {@link IllegalStateException} if the part-of-speech model
 * or the calibration is missing; assessing throws whatever {@link SourcePassages#embed} throws.
 */
public final class FactChecker {

    /**
     * How many source passages' facts are kept between checks: the sources of a dozen or so stories at about 600
     * passages each (10,000 words); about 2 KB a passage, 20 MB when full. Kept in memory rather than stored with the
     * passages at ingestion, so that a change to how the signals read a text takes effect without migrating stored
     * data; the first check over new sources reads all their passages once.
     */
    static final int CACHED_PASSAGES = 10_000;

    private static final Object LOCK = new Object();
    private static volatile FactChecker shared;

    private final PartOfSpeechTagger tagger;
    private final SupportModel model;
    private final ClaimDetector detector;
    private final ClaimAssessor assessor;
    /** By passage text: stored passages never change, and their facts depend on their text alone. */
    private final LruCache<String, PassageFacts> passageFacts;

    FactChecker(PartOfSpeechTagger tagger, SupportModel model) {
        this.tagger = tagger;
        this.model = model;
        this.detector = new ClaimDetector(tagger);
        this.assessor = new ClaimAssessor(model, new QuoteCheck());
        this.passageFacts = new LruCache<>(CACHED_PASSAGES, text -> PassageFacts.of(text, tagger));
    }

    /** The checker with the bundled part-of-speech model and calibration, loaded on first call. */
    public static FactChecker shared() {
        FactChecker checker = shared;
        if (checker == null) {
            synchronized (LOCK) {
                checker = shared;
                if (checker == null) {
                    checker = new FactChecker(PartOfSpeechTagger.load(), SupportModel.load());
                    shared = checker;
                }
            }
        }
        return checker;
    }

    /** The check-worthy claims of {@code text}, in order, with spans into it. */
    public List<Claim> claims(String text) {
        Objects.requireNonNull(text, "text");
        return detector.detect(text).stream().map(ClaimDetector.Detected::claim).toList();
    }

    /**
     * What {@code passages} say about one claim; for several claims, {@link #assess(List, SourcePassages)} is
     * cheaper.
     */
    public ClaimAssessment assess(String claim, SourcePassages passages) {
        return assess(List.of(claim), passages).get(0);
    }

    /** What {@code passages} say about each claim, in order; the claims are embedded in one batch. */
    public List<ClaimAssessment> assess(List<String> claims, SourcePassages passages) {
        claims.forEach(claim -> Objects.requireNonNull(claim, "claim"));
        return examineClaims(claims, passages).stream().map(ClaimAssessor.Assessed::assessment).toList();
    }

    /** The name and digest of the part-of-speech model. */
    public String partOfSpeechModel() {
        return tagger.modelVersion();
    }

    /** The version of the calibration the support probabilities come from. */
    public String calibrationVersion() {
        return model.version();
    }

    List<ClaimDetector.Detected> detect(String text) {
        return detector.detect(text);
    }

    /** Assessments of detected claims, whose facts were read with the names their whole text is known to use. */
    List<ClaimAssessment> assessDetected(List<ClaimDetector.Detected> claims, SourcePassages passages) {
        if (claims.isEmpty()) {
            return List.of();
        }
        SourceView view = new SourceView(passages, passageFacts);
        return examine(claims.stream().map(ClaimDetector.Detected::facts).toList(),
                claims.stream().map(ClaimDetector.Detected::sentences).toList(), passages, view).stream()
                .map(ClaimAssessor.Assessed::assessment).toList();
    }

    /**
     * Assessments of single claims, with the model inputs behind them (what calibration fits the model to); a
     * claim's names are read with the names the sources are known to use.
     */
    List<ClaimAssessor.Assessed> examineClaims(List<String> claims, SourcePassages passages) {
        if (claims.isEmpty()) {
            return List.of();
        }
        SourceView view = new SourceView(passages, passageFacts);
        List<ClaimFacts> facts = new ArrayList<>(claims.size());
        for (String claim : claims) {
            Set<String> known = new HashSet<>(view.knownNames());
            known.addAll(Names.known(claim));
            facts.add(ClaimFacts.of(claim, tagger.tag(claim), known));
        }
        return examine(facts, claims.stream().map(List::of).toList(), passages, view);
    }

    /**
     * The claims' vectors: a claim that repeats a source sentence word for word (as grounded drafts do) takes the
     * passage's stored vector; the others are embedded in one batch, sentence by sentence. A claim that a quotation
     * runs across takes the mean of its sentences' vectors, weighted by their length — near the model's vector of the
     * whole, which is the mean of its tokens' — because its sentences are the very texts the revision's other checks
     * embed (the toxicity check embeds every sentence), so that a revision's sentences go through the model once.
     * Such a claim's verdict rests on its quotation first; the vector only ranks the passages that the rest of it is
     * compared with. Nothing is embedded when there are no sources.
     */
    private static List<float[]> vectors(List<ClaimFacts> claims, List<List<String>> sentences,
                                         SourcePassages passages, SourceView view) {
        float[][] vectors = new float[claims.size()][];
        if (view.size() == 0) {
            Arrays.fill(vectors, new float[0]);
            return List.of(vectors);
        }
        List<Integer> unseen = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            int passage = view.passageWithText(claims.get(i).text());
            if (passage >= 0) {
                vectors[i] = view.vector(passage);
            } else {
                unseen.add(i);
            }
        }
        if (!unseen.isEmpty()) {
            List<float[]> embedded = passages.embed(unseen.stream().flatMap(i -> sentences.get(i).stream()).toList());
            int next = 0;
            for (int claim : unseen) {
                List<String> parts = sentences.get(claim);
                vectors[claim] = lengthWeightedMean(parts, embedded.subList(next, next + parts.size()));
                next += parts.size();
            }
        }
        return List.of(vectors);
    }

    /** The unit-length mean of {@code vectors}, each weighted by the length of its text. */
    static float[] lengthWeightedMean(List<String> texts, List<float[]> vectors) {
        if (vectors.size() == 1) {
            return vectors.get(0);
        }
        float[] mean = new float[vectors.get(0).length];
        for (int t = 0; t < texts.size(); t++) {
            int weight = texts.get(t).length();
            float[] vector = vectors.get(t);
            for (int d = 0; d < mean.length; d++) {
                mean[d] += weight * vector[d];
            }
        }
        return Retrieval.unit(mean);
    }

    private List<ClaimAssessor.Assessed> examine(List<ClaimFacts> claims, List<List<String>> sentences,
                                                 SourcePassages passages, SourceView view) {
        List<float[]> vectors = vectors(claims, sentences, passages, view);
        double[][] cosines = Retrieval.cosines(vectors, view);
        List<ClaimAssessor.Assessed> assessed = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            assessed.add(assessor.assess(claims.get(i), vectors.get(i), cosines[i], view));
        }
        return assessed;
    }
}
