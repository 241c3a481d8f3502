package org.imprimatur.spi.image;

import org.imprimatur.spi.Provider;
import org.imprimatur.spi.drafting.DraftingException;

/**
 * Generates an image from a prompt, e.g. through an OpenAI-images-compatible API.
 *
 * <p>The result goes into review like any article. <b>Threading:</b> one instance serves all requests
 * concurrently. <b>Failure:</b> throws {@link DraftingException} with a message an editor can act on.
 */
public interface ImageProvider extends Provider {

    /**
     * Generates one image.
     *
     * @param request what to generate
     * @return the image bytes and the model card that describes how they were made
     * @throws DraftingException if no image could be generated
     */
    GeneratedImage generate(ImageRequest request) throws DraftingException;
}
