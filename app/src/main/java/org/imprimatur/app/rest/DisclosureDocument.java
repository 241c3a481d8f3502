package org.imprimatur.app.rest;

import java.time.Instant;

import org.imprimatur.spi.content.DisclosureLabel;

/** An item's AI-disclosure label as the API shows it. */
public record DisclosureDocument(String statement, String digitalSourceType, String decidedBy, Instant decidedAt) {

    static DisclosureDocument of(DisclosureLabel label) {
        return new DisclosureDocument(label.statement(), label.digitalSourceType(), label.decidedBy(),
                label.decidedAt());
    }
}
