package org.imprimatur.spi.publication;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.content.RevisionView;

/**
 * A released item on its way out.
 *
 * @param revision         the approved revision being released
 * @param disclosureLabel  the AI-disclosure line to show with it
 * @param credits          the credit lines its sources require
 * @param releasedBy       the user name of the publisher
 */
public record Publication(RevisionView revision, String disclosureLabel, List<String> credits, String releasedBy) {

    public Publication {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(disclosureLabel, "disclosureLabel");
        Objects.requireNonNull(releasedBy, "releasedBy");
        credits = List.copyOf(credits);
    }
}
