package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.ScoredPassage;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.Test;

class RememberedEmbeddingsTest {

    /** Embeds each text as a vector holding its length, and counts what it was asked. */
    private static final class CountingPassages implements SourcePassages {

        final List<List<String>> asked = new ArrayList<>();

        @Override
        public List<float[]> embed(List<String> texts) {
            asked.add(List.copyOf(texts));
            return texts.stream().map(text -> new float[] {text.length()}).toList();
        }

        @Override
        public List<Passage> all() {
            return List.of();
        }

        @Override
        public List<ScoredPassage> search(String query, int limit) {
            return List.of();
        }

        @Override
        public float[] vector(Passage passage) {
            throw new IllegalArgumentException("no passages");
        }

        @Override
        public String embeddingModel() {
            return "counting";
        }
    }

    @Test
    void eachTextIsEmbeddedOnceAndAnswersKeepTheOrderAsked() {
        CountingPassages underlying = new CountingPassages();
        RememberedEmbeddings passages = new RememberedEmbeddings(underlying);

        List<float[]> first = passages.embed(List.of("one", "three", "one"));
        List<float[]> second = passages.embed(List.of("three", "eleven", "one"));

        assertEquals(List.of(List.of("one", "three"), List.of("eleven")), underlying.asked,
                "only texts not seen before reach the model, each once");
        assertArrayEquals(new float[] {3}, first.get(0));
        assertArrayEquals(new float[] {5}, first.get(1));
        assertSame(first.get(0), first.get(2));
        assertSame(first.get(1), second.get(0), "a remembered text gets the very vector it got before");
        assertArrayEquals(new float[] {6}, second.get(1));
        assertEquals("counting", passages.embeddingModel());
    }
}
