package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static float[] embed(String text) {
        return embedder.embed(List.of(text)).get(0);
    }

    @Test
    void describesItsModel() throws Exception {
        assertEquals(384, embedder.dimensions());
        assertEquals("all-MiniLM-L6-v2-q", embedder.modelName());
        try (var in = ClasspathModels.open(ClasspathModels.MINILM_ONNX)) {
            assertEquals(Sha256.of(in.readAllBytes()), embedder.modelSha256());
        }
    }

    @Test
    void givesOneUnitLengthVectorPerText() {
        List<float[]> vectors = embedder.embed(List.of("The council raised taxes.", "", "Ünïcödé ☃ 北京"));

        assertEquals(3, vectors.size());
        for (float[] vector : vectors) {
            assertEquals(384, vector.length);
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            assertEquals(1.0, Math.sqrt(norm), 1e-5);
        }
    }

    @Test
    void anEmptyListGivesNoVectors() {
        assertTrue(embedder.embed(List.of()).isEmpty());
    }

    @Test
    void isDeterministic() {
        assertArrayEquals(embed("The council raised taxes."), embed("The council raised taxes."));
        try (SentenceEmbedder other = SentenceEmbedder.load()) {
            assertArrayEquals(embedder.embed(NewsSentences.DISTINCT).get(7), other.embed(NewsSentences.DISTINCT).get(7));
        }
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] raised = embed("The council raised taxes");
        float[] increased = embed("Local taxes were increased by the council");
        float[] cat = embed("The cat sat on the mat");

        double paraphrase = SourcePassages.similarity(raised, increased);
        assertTrue(paraphrase > 0.7, "paraphrase similarity " + paraphrase);
        assertTrue(paraphrase > SourcePassages.similarity(raised, cat) + 0.4);
        assertTrue(paraphrase > SourcePassages.similarity(increased, cat) + 0.4);
    }

    /**
     * The quantised model scales its activations per batch, so a text's vector in a batch is not bit for bit its
     * vector alone; it must stay the same meaning, and stay with its own text when batches are regrouped.
     */
    @Test
    void batchedVectorsMatchOneByOneVectorsInTheSameOrder() {
        List<String> texts = NewsSentences.DISTINCT;
        assertTrue(texts.size() > SentenceEmbedder.BATCH_SIZE, "more than one batch");

        List<float[]> batched = embedder.embed(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] alone = embed(texts.get(i));
            double own = SourcePassages.similarity(batched.get(i), alone);
            assertTrue(own > 0.97, texts.get(i) + ": " + own);
            for (int j = 0; j < texts.size(); j++) {
                if (j != i) {
                    assertTrue(SourcePassages.similarity(batched.get(j), alone) < own - 0.2, texts.get(i));
                }
            }
        }
    }

    @Test
    void givesTheSameVectorsFromSeveralThreadsAtOnce() throws Exception {
        List<float[]> expected = embedder.embed(NewsSentences.DISTINCT);

        List<List<float[]>> results = Concurrently.run(3, 3, () -> embedder.embed(NewsSentences.DISTINCT));

        for (List<float[]> result : results) {
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), result.get(i));
            }
        }
    }

    @Test
    void refusesToEmbedOnceClosed() {
        SentenceEmbedder closed = SentenceEmbedder.load();
        closed.close();
        closed.close();

        assertThrows(IllegalStateException.class, () -> closed.embed(List.of("The council raised taxes.")));
    }
}
