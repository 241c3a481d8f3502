package org.imprimatur.app.rest;

/** The body of {@code POST /api/v1/sources} for a source on the web. */
public record SourceUrlRequest(String url, String creditLine, String licence, String embargoUntil) {

    RightsDocument rights() {
        return new RightsDocument(creditLine, licence, embargoUntil);
    }
}
