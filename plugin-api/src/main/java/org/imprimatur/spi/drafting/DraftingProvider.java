package org.imprimatur.spi.drafting;

import org.imprimatur.spi.Provider;

/**
 * Writes an article draft from a brief and the editor's sources: the embedded offline drafter, or a language
 * model behind an API.
 *
 * <p>Every draft goes into review; a provider has no say in that. A provider must attribute what it can
 * ({@link Draft#attributions()}) and describe itself truthfully in the {@link Draft#modelCard() model card}.
 *
 * <p><b>Threading:</b> one instance serves all requests concurrently. <b>Failure:</b> throws
 * {@link DraftingException} with a message an editor can act on (model unreachable, sources empty); never
 * returns a partial draft as if it were whole.
 */
public interface DraftingProvider extends Provider {

    /**
     * Drafts one article.
     *
     * @param request the brief and the sources to draw on
     * @return the draft with its attributions and model card
     * @throws DraftingException if no draft could be written
     */
    Draft draft(DraftRequest request) throws DraftingException;
}
