package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.spi.source.Passage;

/** Two sources about a storm and a harbour, segmented and embedded as ingestion does: what the tests check against. */
final class NewsSources {

    static final String PRESS_RELEASE = """
            Mayor Amara Okafor announced on Tuesday that the city will spend €48.2 million on rebuilding the harbour. \
            The council approved the plan by 31 votes to 12.

            Unemployment in the city fell to 6.4 per cent in March 2024, the lowest level since 2008. \
            "We will rebuild the harbour stone by stone," said Okafor. \
            "The harbour will reopen, and no library will close." \
            About a third of the fishing fleet was damaged in the storm.

            The port authority, led by Governor Ibrahim Bello, expects 1.2 million visitors next year. \
            Bello warned that the repairs would take at least two years. \
            "The sea does not wait for committees," Bello said.
            """;

    static final String AGENCY_REPORT = """
            The storm struck the coast on 3 March, destroying 240 homes and damaging the sea wall. \
            Residents were evacuated because the river burst its banks.

            The harbour will not reopen before June, officials said. \
            The engineering firm Adeyemi & Partners won the contract for the sea wall. \
            The firm hired 150 local workers.
            """;

    private NewsSources() {
    }

    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("press-release", PRESS_RELEASE);
        texts.put("agency-report", AGENCY_REPORT);
        return texts;
    }

    /** An index over {@code texts} (source id to text), embedded with {@code embedder}. */
    static PassageIndex index(Map<String, String> texts, SentenceEmbedder embedder) {
        List<Passage> passages = new ArrayList<>();
        texts.forEach((id, text) -> passages.addAll(TextSegmenter.english().passages(id, text)));
        return new PassageIndex(passages, embedder.embed(passages.stream().map(Passage::text).toList()), embedder);
    }
}
