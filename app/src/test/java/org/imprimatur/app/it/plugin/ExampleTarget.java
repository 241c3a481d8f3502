package org.imprimatur.app.it.plugin;

import org.imprimatur.spi.publication.Publication;
import org.imprimatur.spi.publication.PublicationException;
import org.imprimatur.spi.publication.PublicationReceipt;
import org.imprimatur.spi.publication.PublicationTarget;

/** A CMS connector dropped in as a plugin: takes every release, except when its headline says the wire is down. */
public class ExampleTarget implements PublicationTarget {

    public static final String ID = "example-wire";
    public static final String OFFLINE = "[WIRE DOWN]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PublicationReceipt publish(Publication publication) throws PublicationException {
        if (publication.revision().title().contains(OFFLINE)) {
            throw new PublicationException("the wire service did not answer");
        }
        return new PublicationReceipt(ID, "wire-" + publication.item().id());
    }
}
