package org.imprimatur.checks.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The functional cases measure what the model learnt, so none of them may be among its training sentences. */
class FunctionalCasesHeldOutTest {

    private static String key(String sentence) {
        return sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
    }

    @Test
    void noFunctionalCaseIsATrainingSentence() throws Exception {
        List<TrainingExample> training;
        try (InputStream in = getClass().getResourceAsStream("training-cases.tsv")) {
            training = TrainingData.cases(in.readAllBytes());
        }
        Set<String> trained = training.stream().map(e -> key(e.text())).collect(Collectors.toSet());
        List<String> leaked = FunctionalCase.load().stream().map(FunctionalCase::sentence)
                .filter(s -> trained.contains(key(s))).toList();

        assertTrue(training.size() > 1_000, "training cases read: " + training.size());
        assertEquals(List.of(), leaked);
    }
}
