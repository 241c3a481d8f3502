package org.imprimatur.generation.sources;

import java.util.List;

import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/**
 * Sources opened for drafting or checking: the documents in the editor's order, and their passages with search.
 */
public record SourceSet(List<SourceDocument> documents, SourcePassages passages) {

    public SourceSet {
        documents = List.copyOf(documents);
    }
}
