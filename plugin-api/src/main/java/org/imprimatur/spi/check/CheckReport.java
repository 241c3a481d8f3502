package org.imprimatur.spi.check;

import java.util.List;
import java.util.Objects;

/**
 * One check's result on one revision.
 *
 * @param checkId  the {@link ContentCheck#id()} that produced it
 * @param findings what the reviewer should look at, in body order
 */
public record CheckReport(String checkId, List<Finding> findings) {

    public CheckReport {
        Objects.requireNonNull(checkId, "checkId");
        findings = List.copyOf(findings);
    }

    /** The most severe finding's severity, {@link Severity#NONE} when there are none. */
    public Severity highestSeverity() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.NONE);
    }
}
