package org.imprimatur.app.rest;

import java.util.List;

/**
 * The body of {@code POST /api/v1/checks/{id}}: text to check, and the ids of the sources to check it against.
 */
public record AdHocCheckRequest(String text, List<String> sources) {
}
