package org.imprimatur.app.rest;

import org.imprimatur.generation.text.InertText;

/**
 * A publisher's AI-disclosure label for an item; both fields may be left out.
 *
 * @param statement         what readers are told; absent for the desk's configured line
 * @param digitalSourceType the IPTC digital source type term; absent for the one that fits the item
 */
public record DisclosureRequest(String statement, String digitalSourceType) {

    /** Text from outside, made inert before it is stored or shown (see {@link InertText}). */
    public DisclosureRequest {
        statement = InertText.of(statement);
    }
}
