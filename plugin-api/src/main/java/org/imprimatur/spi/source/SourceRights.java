package org.imprimatur.spi.source;

import java.time.Instant;

/**
 * The rights an editor records for a source; credits in published items come from here.
 *
 * @param creditLine     how to credit the source, e.g. {@code "Reuters"}; empty when none is required
 * @param licence        the licence or agreement it is used under
 * @param embargoedUntil no publication drawing on it before this instant; {@code null} when not embargoed
 */
public record SourceRights(String creditLine, String licence, Instant embargoedUntil) {

    public static final SourceRights UNKNOWN = new SourceRights("", "", null);
}
