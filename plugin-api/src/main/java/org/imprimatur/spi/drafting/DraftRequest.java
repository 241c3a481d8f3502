package org.imprimatur.spi.drafting;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/**
 * A request for one draft.
 *
 * @param brief     what the editor asks for
 * @param sources   what the draft may draw on, in the order the editor gave them
 * @param passages  the sources' stored passages and search over them
 * @param requester the user name of the editor asking
 * @param progress  takes the provider's progress, 0 to 100, as it goes; called from the drafting thread
 */
public record DraftRequest(Brief brief, List<SourceDocument> sources, SourcePassages passages, String requester,
                           IntConsumer progress) {

    public DraftRequest {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(passages, "passages");
        Objects.requireNonNull(requester, "requester");
        sources = List.copyOf(sources);
        progress = progress == null ? percent -> { } : progress;
    }
}
