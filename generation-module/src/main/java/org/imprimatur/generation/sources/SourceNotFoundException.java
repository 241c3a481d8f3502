package org.imprimatur.generation.sources;

/** No source has this id. */
public class SourceNotFoundException extends RuntimeException {

    private final String sourceId;

    public SourceNotFoundException(String sourceId) {
        super("There is no source " + sourceId);
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
