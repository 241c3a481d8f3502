package org.imprimatur.generation.drafting.grounded;

import java.util.regex.Pattern;

/**
 * The dateline a wire story or press release opens with ("ALDERMOOR, March 3 (Reuters) — "): where and when it
 * was filed, which belongs to the source, not to a sentence of an article drawing on several. Stateless.
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}{3,}(?:[ .'-]+\\p{Lu}{2,})*(?:,[^—–]{0,40}?)?\\s*(?:\\([^)]*\\)\\s*)?(?:—|–|--|-)\\s+");

    private Dateline() {
    }

    /** {@code sentence} without the dateline it opens with, if any. */
    static String strip(String sentence) {
        return DATELINE.matcher(sentence).replaceFirst("");
    }
}
