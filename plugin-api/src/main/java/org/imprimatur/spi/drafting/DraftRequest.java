package org.imprimatur.spi.drafting;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.source.SourceDocument;

/**
 * A request for one draft.
 *
 * @param brief     what the editor asks for
 * @param sources   what the draft may draw on
 * @param requester the user name of the editor asking
 */
public record DraftRequest(Brief brief, List<SourceDocument> sources, String requester) {

    public DraftRequest {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(requester, "requester");
        sources = List.copyOf(sources);
    }
}
