package org.imprimatur.spi.content;

import java.time.Instant;
import java.util.Objects;

/**
 * The AI-disclosure label a person set on an item: what readers are told about the machine's part in it (EU AI Act
 * Art. 50, IPTC {@code digitalSourceType}, schema.org). Setting it is an editorial decision, attributed like any
 * other; release puts it into the published content.
 *
 * @param statement         the human-readable disclosure line shown with the content
 * @param digitalSourceType the IPTC digital source type term, e.g. {@code trainedAlgorithmicMedia} or
 *                          {@code compositeWithTrainedAlgorithmicMedia}
 * @param decidedBy         the user name of whoever set it
 * @param decidedAt         when
 */
public record DisclosureLabel(String statement, String digitalSourceType, String decidedBy, Instant decidedAt) {

    /**
     * The finding category of a missing label. Whatever check reports it, setting a label resolves the item's open
     * findings of this category.
     */
    public static final String MISSING = "disclosure-missing";

    public DisclosureLabel {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(digitalSourceType, "digitalSourceType");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
