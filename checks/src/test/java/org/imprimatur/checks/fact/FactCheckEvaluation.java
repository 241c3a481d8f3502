package org.imprimatur.checks.fact;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Calibrates the fact check's {@link SupportModel} on WiCE and measures it, with the two simple baselines, on the part
 * of WiCE it was not calibrated on. Run from the repository root (see {@code docs/checks.md}, "Fact check"):
 * <pre>
 *   java -cp … org.imprimatur.checks.fact.FactCheckEvaluation [--calibrate] [WICE_JSONL]
 * </pre>
 *
 * <p>Each WiCE row is a claim and one chunk of evidence sentences from its cited page; rows sharing {@code meta.id} are
 * chunks of one claim. A chunk becomes a source whose passages are its sentences, and the claim is assessed against it
 * exactly as in the product; a claim counts as supported when its best-supported chunk (highest support probability)
 * gets the verdict {@code SUPPORTED}. Claims are split by a hash of their id: 70 % calibrate, 30 % are held out.
 * Balanced accuracy is over {@code supported} against {@code not_supported}; how often {@code partially_supported}
 * claims are called supported is reported beside it.
 *
 * <p>{@code --calibrate} fits the logistic model to the calibration claims (balanced class weights, L2 penalty; the
 * chunk each claim is fitted on is its best-supported one under the previous fit, three rounds), chooses the threshold
 * with the best balanced accuracy on the calibration claims, and writes {@value SupportModel#RESOURCE} into the main
 * resources. Without it, the committed calibration is measured.
 */
public final class FactCheckEvaluation {

    private static final Path DEFAULT_DATA = Path.of("checks/data/wice-dev/oracle_chunks_claim_dev.jsonl");
    private static final Path CALIBRATION = Path.of(
            "checks/src/main/resources/org/imprimatur/checks/fact/" + SupportModel.RESOURCE);
    private static final int CALIBRATION_SHARE_PERCENT = 70;
    private static final double L2 = 0.01;
    private static final int FIT_ROUNDS = 3;

    /** One WiCE row: a claim and one chunk of evidence. */
    private record Row(String id, String label, String claim, List<String> evidence) {
    }

    /** A claim's chunks as sources, and its label. */
    private record Example(String id, String label, String claim, List<SourcePassages> chunks) {

        boolean binary() {
            return !label.equals("partially_supported");
        }

        boolean supported() {
            return label.equals("supported");
        }
    }

    private FactCheckEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        boolean calibrate = List.of(args).contains("--calibrate");
        Path data = List.of(args).stream().filter(arg -> !arg.startsWith("--")).findFirst().map(Path::of)
                .orElse(DEFAULT_DATA);
        List<Row> rows = read(data);
        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            List<Example> examples = examples(rows, embedder);
            List<Example> calibration = examples.stream().filter(FactCheckEvaluation::calibrates).toList();
            List<Example> heldOut = examples.stream().filter(e -> !calibrates(e)).toList();
            System.out.printf(Locale.ROOT, "WiCE claims: %d (%d rows); calibration %d, held out %d%n",
                    examples.size(), rows.size(), calibration.size(), heldOut.size());

            PartOfSpeechTagger tagger = PartOfSpeechTagger.load();
            SupportModel model = calibrate ? calibrate(calibration, tagger) : SupportModel.load();
            System.out.println("calibration: " + model.version());

            Map<String, Integer> decisions = new java.util.TreeMap<>();
            Map<String, Boolean> ours = predictions(examples, new FactChecker(tagger, model), decisions);
            Baseline cosine = Baseline.tune("best cosine threshold", calibration, FactCheckEvaluation::bestCosine);
            Baseline overlap = Baseline.tune("word overlap + numbers rule", calibration,
                    FactCheckEvaluation::overlapWithNumbersRule);

            System.out.println();
            System.out.println("| method | balanced accuracy, held out | calibration part"
                    + " | partially supported called supported (held out) |");
            System.out.println("|---|---|---|---|");
            report("fact check (" + model.version() + ")", heldOut, calibration, e -> ours.get(e.id()));
            report(cosine.name() + String.format(Locale.ROOT, " (≥ %.3f)", cosine.threshold()), heldOut, calibration,
                    cosine::predict);
            report(overlap.name() + String.format(Locale.ROOT, " (≥ %.3f)", overlap.threshold()), heldOut,
                    calibration, overlap::predict);
            System.out.println();
            System.out.println("What decided the fact check's verdicts (all claims, label → verdict (category)):");
            decisions.forEach((decision, count) -> System.out.printf(Locale.ROOT, "  %4d  %s%n", count, decision));
        }
    }

    private static boolean calibrates(Example example) {
        int bucket = Integer.parseInt(Sha256.ofUtf8(example.id()).hex().substring(0, 6), 16) % 100;
        return bucket < CALIBRATION_SHARE_PERCENT;
    }

    // ---- our check ------------------------------------------------------------------------------------------------

    /** Per claim id, whether its best-supported chunk is judged SUPPORTED. */
    private static Map<String, Boolean> predictions(List<Example> examples, FactChecker checker) {
        return predictions(examples, checker, null);
    }

    /** As above; counts the verdicts and what decided them per label into {@code decisions}, if given. */
    private static Map<String, Boolean> predictions(List<Example> examples, FactChecker checker,
                                                    Map<String, Integer> decisions) {
        Map<String, Boolean> predictions = new HashMap<>();
        for (Example example : examples) {
            ClaimAssessment best = bestChunk(example, checker);
            predictions.put(example.id(), best.verdict() == Verdict.SUPPORTED);
            if (decisions != null) {
                decisions.merge(example.label() + " → " + best.verdict() + " (" + best.category() + ")", 1,
                        Integer::sum);
            }
        }
        return predictions;
    }

    private static ClaimAssessment bestChunk(Example example, FactChecker checker) {
        ClaimAssessment best = null;
        for (SourcePassages chunk : example.chunks()) {
            ClaimAssessment assessment = checker.assess(example.claim(), chunk);
            if (best == null || assessment.supportProbability() > best.supportProbability()) {
                best = assessment;
            }
        }
        return best;
    }

    private static SupportModel calibrate(List<Example> calibration, PartOfSpeechTagger tagger) {
        List<Example> binary = calibration.stream().filter(Example::binary).toList();
        Map<String, List<SupportFeatures>> features = new HashMap<>();
        FactChecker extractor = new FactChecker(tagger, SupportModel.load());
        for (Example example : binary) {
            List<SupportFeatures> chunks = new ArrayList<>();
            for (SourcePassages chunk : example.chunks()) {
                chunks.add(extractor.examineClaims(List.of(example.claim()), chunk).get(0).features());
            }
            features.put(example.id(), chunks);
        }
        double[] weights = new double[SupportFeatures.NAMES.length + 1];
        weights[1] = 1; // the first round picks each claim's chunk by cosine alone
        for (int round = 0; round < FIT_ROUNDS; round++) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (Example example : binary) {
                double[] fitWeights = weights;
                x.add(features.get(example.id()).stream().map(SupportFeatures::values)
                        .max((a, b) -> Double.compare(linear(fitWeights, a), linear(fitWeights, b))).orElseThrow());
                y.add(example.supported());
            }
            weights = LogisticFit.fit(x, y, L2);
        }
        String version = "wice-dev-" + LocalDate.now() + "-" + CALIBRATION_SHARE_PERCENT + "pc";
        SupportModel best = null;
        double bestAccuracy = -1;
        for (double threshold = 0.30; threshold <= 0.701; threshold += 0.025) {
            SupportModel candidate = model(version, weights, threshold);
            Map<String, Boolean> predicted = predictions(binary, new FactChecker(tagger, candidate));
            double accuracy = balancedAccuracy(binary, e -> predicted.get(e.id()));
            if (accuracy > bestAccuracy + 1e-9) {
                best = candidate;
                bestAccuracy = accuracy;
            }
        }
        write(best, weights, version);
        return best;
    }

    private static SupportModel model(String version, double[] weights, double threshold) {
        double[] featureWeights = new double[weights.length - 1];
        System.arraycopy(weights, 1, featureWeights, 0, featureWeights.length);
        return new SupportModel(version, weights[0], featureWeights, threshold);
    }

    private static double linear(double[] weights, double[] values) {
        double z = weights[0];
        for (int i = 0; i < values.length; i++) {
            z += weights[i + 1] * values[i];
        }
        return z;
    }

    private static void write(SupportModel model, double[] weights, String version) {
        StringBuilder file = new StringBuilder();
        file.append("# The fact check's support model: logistic regression over SupportFeatures, and the\n")
                .append("# threshold from which a claim counts as supported. Produced by FactCheckEvaluation\n")
                .append("# --calibrate (see docs/checks.md, \"Fact check\"): fitted on the WiCE dev claims whose id\n")
                .append("# hashes into the calibration 70 % (balanced class weights, L2 ").append(L2)
                .append("),\n# threshold chosen for balanced accuracy there.\n")
                .append("version=").append(version).append('\n')
                .append("bias=").append(round(weights[0])).append('\n');
        for (int i = 0; i < SupportFeatures.NAMES.length; i++) {
            file.append("weight.").append(SupportFeatures.NAMES[i]).append('=').append(round(weights[i + 1]))
                    .append('\n');
        }
        file.append("threshold=").append(round(model.threshold())).append('\n');
        try {
            Files.writeString(CALIBRATION, file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + CALIBRATION.toAbsolutePath() + ": " + e.getMessage(),
                    e);
        }
        System.out.print("wrote " + CALIBRATION + ":\n" + file);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    // ---- baselines ------------------------------------------------------------------------------------------------

    /** A score per claim (the best over its chunks) and the threshold that balances accuracy best on calibration. */
    private static final class Baseline {

        private final String name;
        private final ToDoubleFunction<Example> scoring;
        private final Map<String, Double> scores = new HashMap<>();
        private double threshold;

        Baseline(String name, ToDoubleFunction<Example> scoring) {
            this.name = name;
            this.scoring = scoring;
        }

        static Baseline tune(String name, List<Example> calibration, ToDoubleFunction<Example> scoring) {
            Baseline baseline = new Baseline(name, scoring);
            List<Example> binary = calibration.stream().filter(Example::binary).toList();
            double bestAccuracy = -1;
            for (double threshold = 0; threshold <= 1.0001; threshold += 0.005) {
                double candidate = threshold;
                double accuracy = balancedAccuracy(binary, e -> baseline.score(e) >= candidate);
                if (accuracy > bestAccuracy) {
                    baseline.threshold = threshold;
                    bestAccuracy = accuracy;
                }
            }
            return baseline;
        }

        String name() {
            return name;
        }

        double threshold() {
            return threshold;
        }

        double score(Example example) {
            return scores.computeIfAbsent(example.id(), id -> scoring.applyAsDouble(example));
        }

        boolean predict(Example example) {
            return score(example) >= threshold;
        }
    }

    /** The highest cosine between the claim and any evidence sentence of any chunk. */
    private static double bestCosine(Example example) {
        float[] claim = example.chunks().get(0).embed(List.of(example.claim())).get(0);
        double best = 0;
        for (SourcePassages chunk : example.chunks()) {
            for (Passage passage : chunk.all()) {
                best = Math.max(best, SourcePassages.similarity(claim, chunk.vector(passage)));
            }
        }
        return best;
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /**
     * The share of the claim's content words that a chunk holds, 0 for a chunk that lacks one of the claim's numbers
     * (as written, commas ignored); the best over the chunks.
     */
    private static double overlapWithNumbersRule(Example example) {
        Set<String> claimTerms = Words.contentTerms(example.claim());
        Set<String> claimNumbers = numbers(example.claim());
        double best = 0;
        for (SourcePassages chunk : example.chunks()) {
            String text = String.join(" ", chunk.all().stream().map(Passage::text).toList());
            if (!numbers(text).containsAll(claimNumbers)) {
                continue;
            }
            Set<String> held = Words.contentTerms(text);
            long shared = claimTerms.stream().filter(held::contains).count();
            best = Math.max(best, claimTerms.isEmpty() ? 0 : (double) shared / claimTerms.size());
        }
        return best;
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = DIGITS.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replace(",", ""));
        }
        return numbers;
    }

    // ---- measuring ------------------------------------------------------------------------------------------------

    private static void report(String method, List<Example> heldOut, List<Example> calibration,
                               Predicate<Example> predictsSupported) {
        List<Example> partial = heldOut.stream().filter(e -> !e.binary()).toList();
        long partialSupported = partial.stream().filter(predictsSupported).count();
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %d of %d (%.0f %%) |%n", method,
                balancedAccuracy(heldOut.stream().filter(Example::binary).toList(), predictsSupported),
                balancedAccuracy(calibration.stream().filter(Example::binary).toList(), predictsSupported),
                partialSupported, partial.size(), 100.0 * partialSupported / Math.max(1, partial.size()));
    }

    /** The mean of the recall on supported claims and the recall on not-supported claims. */
    static double balancedAccuracy(List<Example> examples, Predicate<Example> predictsSupported) {
        int supported = 0;
        int supportedRight = 0;
        int notSupported = 0;
        int notSupportedRight = 0;
        for (Example example : examples) {
            boolean predicted = predictsSupported.test(example);
            if (example.supported()) {
                supported++;
                supportedRight += predicted ? 1 : 0;
            } else {
                notSupported++;
                notSupportedRight += predicted ? 0 : 1;
            }
        }
        return 0.5 * ((double) supportedRight / Math.max(1, supported)
                + (double) notSupportedRight / Math.max(1, notSupported));
    }

    // ---- data -----------------------------------------------------------------------------------------------------

    private static List<Row> read(Path data) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject row = reader.readObject();
                rows.add(new Row(row.getJsonObject("meta").getString("id"), row.getString("label"),
                        row.getString("claim"), row.getJsonArray("evidence").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList()));
            }
        }
        return rows;
    }

    /** Every chunk as a passage index over its sentences; each distinct sentence and claim is embedded once. */
    private static List<Example> examples(List<Row> rows, SentenceEmbedder embedder) {
        Set<String> texts = new LinkedHashSet<>();
        rows.forEach(row -> {
            texts.add(row.claim());
            row.evidence().stream().filter(sentence -> !sentence.isBlank()).forEach(texts::add);
        });
        List<String> distinct = List.copyOf(texts);
        List<float[]> vectors = embedder.embed(distinct);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), vectors.get(i));
        }
        Map<String, List<Row>> byClaim = new LinkedHashMap<>();
        rows.forEach(row -> byClaim.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        List<Example> examples = new ArrayList<>();
        byClaim.forEach((id, chunks) -> {
            List<SourcePassages> sources = new ArrayList<>();
            for (int c = 0; c < chunks.size(); c++) {
                sources.add(chunk(id + "#" + c, chunks.get(c).evidence(), byText, embedder));
            }
            Row first = chunks.get(0);
            examples.add(new Example(id, first.label(), first.claim(), sources));
        });
        return examples;
    }

    private static SourcePassages chunk(String sourceId, List<String> sentences, Map<String, float[]> byText,
                                        SentenceEmbedder embedder) {
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        int offset = 0;
        for (String sentence : sentences) {
            if (sentence.isBlank()) {
                continue;
            }
            Span span = new Span(offset, offset + sentence.length());
            passages.add(new Passage(sourceId, passages.size(), 0, span, sentence));
            vectors.add(byText.get(sentence));
            offset += sentence.length() + 1;
        }
        return new PrecomputedClaims(new PassageIndex(passages, vectors, embedder), byText);
    }

    /** A chunk's passages whose {@link #embed} answers from the vectors computed up front. */
    private record PrecomputedClaims(PassageIndex index, Map<String, float[]> byText) implements SourcePassages {

        @Override
        public List<Passage> all() {
            return index.all();
        }

        @Override
        public List<ScoredPassage> search(String query, int limit) {
            return index.search(query, limit);
        }

        @Override
        public float[] vector(Passage passage) {
            return index.vector(passage);
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(text -> byText.containsKey(text) ? byText.get(text)
                    : index.embed(List.of(text)).get(0)).toList();
        }

        @Override
        public String embeddingModel() {
            return index.embeddingModel();
        }
    }
}
