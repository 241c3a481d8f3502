package org.imprimatur.provenance.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The credits block published under an item: one line per source, in the order the item first drew on them. A
 * source is named by its credit line when it has one (that is how its owner asked to be credited), else by its
 * title; its licence follows in brackets. Two sources with the same line are credited once.
 */
public final class Credits {

    /** The heading of the block. */
    public static final String HEADING = "Sources:";

    private Credits() {
    }

    /** The credit lines of these sources. */
    public static List<String> lines(List<CreditedSource> sources) {
        Set<String> lines = new LinkedHashSet<>();
        for (CreditedSource source : sources) {
            String name = source.creditLine().isBlank() ? source.name() : source.creditLine();
            lines.add(source.licence().isBlank() ? name.strip() : name.strip() + " (" + source.licence().strip() + ")");
        }
        return new ArrayList<>(lines);
    }

    /** The block as readers see it: the heading and one line each; empty when there is nothing to credit. */
    public static String block(List<String> lines) {
        return lines.isEmpty() ? "" : HEADING + "\n" + String.join("\n", lines);
    }
}
