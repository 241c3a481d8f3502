package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written functional cases (functional-cases.tsv), each its own test, against the committed weights: what
 * a newsroom publishes every day (reporting about hate, counter-speech, neutral mentions of groups, negation,
 * criticism, crime) must not be flagged; direct hate, harassment, threats, sexual content, self-harm and profanity,
 * disguised or not, must be, under the right category; quoted slurs in reporting must be LOW reported speech.
 * The pass rate per kind is printed at the end. Cases marked as known misses are skipped while they fail (and
 * count as failed in the pass rate), so the build stays green and the misses stay visible.
 */
class ToxicityFunctionalTest {

    private static SentenceEmbedder embedder;
    private static List<FunctionalCase> cases;
    private static List<ToxicityAssessment> assessments;
    private static final Map<String, int[]> passedByKind = new LinkedHashMap<>();

    @BeforeAll
    static void assessAll() throws Exception {
        embedder = SentenceEmbedder.load();
        cases = FunctionalCase.load();
        assessments = ToxicityClassifier.load().assess(cases.stream().map(FunctionalCase::sentence).toList(),
                embedder::embed);
    }

    @AfterAll
    static void report() {
        embedder.close();
        int passed = 0;
        StringBuilder report = new StringBuilder("Toxicity functional cases:\n");
        for (Map.Entry<String, int[]> kind : passedByKind.entrySet()) {
            passed += kind.getValue()[0];
            report.append(String.format("  %-16s %3d / %3d%n", kind.getKey(), kind.getValue()[0], kind.getValue()[1]));
        }
        report.append(String.format("  %-16s %3d / %3d%n", "all", passed, cases.size()));
        report.append(String.format("  balanced accuracy, flagged or not: %.3f%n", balancedAccuracy()));
        System.out.print(report);
    }

    /** Toxic cases flagged at all (any category) and clean cases left alone, each class weighing half. */
    private static double balancedAccuracy() {
        ToxicityClassifier classifier = ToxicityClassifier.load();
        int[] toxic = new int[2];
        int[] clean = new int[2];
        for (int i = 0; i < cases.size(); i++) {
            ToxicityAssessment assessment = assessments.get(i);
            boolean flagged = classifier.severity(assessment) != Severity.NONE && !assessment.reportedSpeech();
            if (cases.get(i).clean()) {
                clean[0] += flagged ? 0 : 1;
                clean[1]++;
            } else {
                toxic[0] += flagged || assessment.reportedSpeech() ? 1 : 0;
                toxic[1]++;
            }
        }
        return ((double) toxic[0] / toxic[1] + (double) clean[0] / clean[1]) / 2;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMeetsItsExpectation() {
        ToxicityClassifier classifier = ToxicityClassifier.load();
        return IntStream.range(0, cases.size()).mapToObj(i -> {
            FunctionalCase c = cases.get(i);
            return DynamicTest.dynamicTest(c.kind() + ": " + c.sentence(), () -> {
                ToxicityAssessment assessment = assessments.get(i);
                String violation = c.violation(assessment, classifier.severity(assessment));
                int[] tally = passedByKind.computeIfAbsent(c.kind(), k -> new int[2]);
                tally[1]++;
                if (violation == null) {
                    tally[0]++;
                } else if (c.knownMiss() != null) {
                    Assumptions.abort(c.knownMiss() + ": " + violation);
                }
                assertNull(violation, c.sentence());
            });
        });
    }
}
