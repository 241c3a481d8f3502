package org.imprimatur.review.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reviewer cites when accepting a finding: a source passage ({@code sourceId}, {@code start}, {@code end}) or
 * a web page ({@code url}), and a note saying what it shows.
 */
public record ResolutionEvidence(String sourceId, Integer start, Integer end, String url, String note) {

    /** The evidence as plain values, as the ledger records it; absent parts are left out. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (sourceId != null) {
            map.put("sourceId", sourceId);
        }
        if (start != null) {
            map.put("start", start);
        }
        if (end != null) {
            map.put("end", end);
        }
        if (url != null) {
            map.put("url", url);
        }
        if (note != null) {
            map.put("note", note);
        }
        return map;
    }

    boolean citesPassage() {
        return sourceId != null && !sourceId.isBlank() && start != null && end != null && start >= 0 && end > start;
    }

    boolean citesPage() {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI page = new URI(url.strip());
            return ("http".equals(page.getScheme()) || "https".equals(page.getScheme())) && page.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    boolean hasNote() {
        return note != null && !note.isBlank();
    }
}
