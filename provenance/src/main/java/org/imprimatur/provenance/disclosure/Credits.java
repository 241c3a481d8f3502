package org.imprimatur.provenance.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.imprimatur.provenance.attribution.AttributionRecord;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.source.Attribution;

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

    /**
     * The ids of the sources a released revision credits, in the order its text first draws on them: those its
     * provenance records say its words rest on — drafted sentences, and sentences a check found supported, so that a
     * sentence people rewrote still credits the source that backs it — then those its model card names that no span
     * rests on: they were given to the model, so they are credited too. A revision written before provenance records
     * were kept has no drafting records; its own attributions stand in for them.
     *
     * @param records           the revision's provenance records
     * @param attributions      the revision's attributions
     * @param modelCardSources  the source ids its model card names
     */
    public static List<String> sourceIds(List<AttributionRecord> records, List<Attribution> attributions,
                                         List<String> modelCardSources) {
        Set<String> ids = new LinkedHashSet<>();
        if (records.stream().noneMatch(record -> AttributionRecord.DRAFTING.equals(record.origin()))) {
            attributions.forEach(attribution -> attribution.sources().stream().map(Evidence::sourceId)
                    .forEach(ids::add));
        }
        records.stream().filter(AttributionRecord::credits)
                .sorted(Comparator.comparingInt((AttributionRecord record) -> record.sentence().start()))
                .map(AttributionRecord::sourceId).forEach(ids::add);
        ids.addAll(modelCardSources);
        return new ArrayList<>(ids);
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
