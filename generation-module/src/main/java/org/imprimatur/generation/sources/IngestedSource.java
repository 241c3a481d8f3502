package org.imprimatur.generation.sources;

import java.util.List;
import java.util.Map;

import org.imprimatur.generation.ingest.ImageFacts;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Passage;

/**
 * A source after extraction, segmentation and embedding, before it is stored: the expensive part of ingestion,
 * done outside any transaction.
 *
 * @param id       the id the source will have; its passages already carry it
 * @param passages the sentences
 * @param vectors  one embedding per passage, in the same order
 */
record IngestedSource(String id, String title, String mediaType, String language, Sha256 sha256, long byteSize, String origin,
                      String text, Map<String, String> metadata, ImageFacts imageFacts, List<Passage> passages,
                      List<float[]> vectors) {

    IngestedSource {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.size() + " vectors");
        }
    }
}
