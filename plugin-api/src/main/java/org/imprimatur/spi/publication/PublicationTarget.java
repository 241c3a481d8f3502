package org.imprimatur.spi.publication;

import org.imprimatur.spi.Provider;

/**
 * Where released content goes: the built-in store, a CMS connector, a webhook.
 *
 * <p>Called once per release, after the release is recorded. <b>Threading:</b> one instance serves all releases
 * concurrently. <b>Failure:</b> throws {@link PublicationException}; the release stays recorded and the failed
 * delivery is recorded too, so it can be retried.
 */
public interface PublicationTarget extends Provider {

    /**
     * Delivers one released item.
     *
     * @return what the target says it did, e.g. the CMS's id for the published article
     * @throws PublicationException if the target did not accept it
     */
    PublicationReceipt publish(Publication publication) throws PublicationException;
}
