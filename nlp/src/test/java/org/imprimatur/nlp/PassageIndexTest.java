package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

    private static final String RARE_NAME = "Councillor Wojciechowska voted against the harbour budget.";

    private static SentenceEmbedder embedder;
    private static List<Passage> passages;
    private static List<float[]> vectors;
    private static PassageIndex index;

    @BeforeAll
    static void index() {
        embedder = SentenceEmbedder.load();
        List<String> paragraphs = new ArrayList<>(NewsSentences.DISTINCT);
        paragraphs.add(RARE_NAME);
        String first = String.join(" ", paragraphs.subList(0, 20));
        String second = String.join("\n\n", paragraphs.subList(20, paragraphs.size()));
        passages = new ArrayList<>(TextSegmenter.english().passages("source-a", first));
        passages.addAll(TextSegmenter.english().passages("source-b", second));
        vectors = embedder.embed(passages.stream().map(Passage::text).toList());
        index = new PassageIndex(passages, vectors, embedder);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static String best(String query) {
        return index.search(query, 1).get(0).passage().text();
    }

    @Test
    void findsAPassageByARareNameAlone() {
        assertEquals(RARE_NAME, best("Wojciechowska"));
    }

    @Test
    void findsAPassageByMeaningWithoutSharedWords() {
        assertArrayEquals(new double[] {0}, new Bm25Index(List.of("Heavy snow closed the mountain pass for three days."))
                .scores("Blizzards left the alpine road impassable"), "no shared words");

        assertEquals("Heavy snow closed the mountain pass for three days.",
                best("Blizzards left the alpine road impassable"));
    }

    @Test
    void findsAPassageByMeaningAndWording() {
        assertEquals("The city council voted on Tuesday to raise property taxes by two percent.",
                best("Council increases taxes on homes"));
    }

    @Test
    void givesAtMostTheLimitBestFirstWithScoresInTheUnitInterval() {
        List<ScoredPassage> results = index.search("money and prices", 5);

        assertEquals(5, results.size());
        for (int i = 0; i < results.size(); i++) {
            double score = results.get(i).score();
            assertTrue(score >= 0 && score <= 1);
            if (i > 0) {
                assertTrue(results.get(i - 1).score() >= score, "sorted best first");
            }
        }
    }

    @Test
    void aLimitBeyondThePassagesGivesThemAll() {
        List<ScoredPassage> results = index.search("weather", 1000);

        assertEquals(passages.size(), results.size());
        assertEquals(passages.size(), results.stream().map(ScoredPassage::passage).distinct().count());
    }

    @Test
    void aZeroLimitGivesNothingAndANegativeOneIsRefused() {
        assertTrue(index.search("weather", 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> index.search("weather", -1));
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertTrue(new PassageIndex(List.of(), List.of(), embedder).search("weather", 3).isEmpty());
    }

    @Test
    void keepsEveryPassageInOrderWithItsVector() {
        assertEquals(passages, index.all());
        assertEquals(2, index.all().stream().map(Passage::sourceId).distinct().count());
        for (int i = 0; i < passages.size(); i++) {
            assertArrayEquals(vectors.get(i), index.vector(passages.get(i)));
        }
    }

    @Test
    void holdsItsOwnCopyOfTheVectors() {
        float[] given = vectors.get(0).clone();
        PassageIndex copy = new PassageIndex(List.of(passages.get(0)), List.of(given), embedder);
        given[0] = 42;

        assertNotSame(given, copy.vector(passages.get(0)));
        assertArrayEquals(vectors.get(0), copy.vector(passages.get(0)));
    }

    @Test
    void refusesTheVectorOfAPassageItDoesNotHold() {
        Passage stranger = new Passage("source-c", 0, 0, new Span(0, 5), "Hello");

        assertThrows(IllegalArgumentException.class, () -> index.vector(stranger));
    }

    @Test
    void refusesVectorsThatDoNotFitThePassages() {
        List<Passage> one = List.of(passages.get(0));
        float[] unit = vectors.get(0);
        float[] longer = new float[unit.length];
        for (int d = 0; d < unit.length; d++) {
            longer[d] = unit[d] * 2;
        }

        assertThrows(IllegalArgumentException.class, () -> new PassageIndex(one, List.of(), embedder));
        assertThrows(IllegalArgumentException.class, () -> new PassageIndex(one, List.of(new float[3]), embedder));
        assertThrows(IllegalArgumentException.class, () -> new PassageIndex(one, List.of(longer), embedder));
        assertThrows(IllegalArgumentException.class,
                () -> new PassageIndex(List.of(passages.get(0), passages.get(0)), List.of(unit, unit), embedder));
    }

    @Test
    void embedsWithTheModelOfThePassages() {
        float[] again = index.embed(List.of(passages.get(3).text())).get(0);

        assertTrue(org.imprimatur.spi.source.SourcePassages.similarity(again, index.vector(passages.get(3))) > 0.97);
    }

    @Test
    void answersTheSameFromSeveralThreadsAtOnce() throws Exception {
        List<ScoredPassage> expected = index.search("Council increases taxes on homes", 5);

        for (List<ScoredPassage> result : Concurrently.run(3, 5, () -> index.search("Council increases taxes on homes", 5))) {
            assertEquals(expected, result);
        }
    }
}
