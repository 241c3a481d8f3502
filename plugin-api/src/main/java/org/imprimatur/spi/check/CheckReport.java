package org.imprimatur.spi.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One check's result on one revision.
 *
 * @param checkId  the {@link ContentCheck#id()} that produced it
 * @param findings what the reviewer should look at, in body order
 * @param models   the models the check used and their versions or digests, e.g. {@code embedding →
 *                 all-MiniLM-L6-v2-q}; the ledger records them with the report
 */
public record CheckReport(String checkId, List<Finding> findings, Map<String, String> models) {

    public CheckReport {
        Objects.requireNonNull(checkId, "checkId");
        findings = List.copyOf(findings);
        models = models == null ? Map.of() : Map.copyOf(models);
    }

    /** A report from a check that uses no model. */
    public CheckReport(String checkId, List<Finding> findings) {
        this(checkId, findings, Map.of());
    }

    /** The most severe finding's severity, {@link Severity#NONE} when there are none. */
    public Severity highestSeverity() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.NONE);
    }
}
