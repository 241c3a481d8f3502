package org.imprimatur.app.rest;

import java.util.List;

import org.imprimatur.review.domain.ItemFinding;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;

/**
 * A finding of an automatic check, as the API shows it.
 *
 * @param id       the finding's id; absent for an ad-hoc check, whose findings are not stored
 * @param checkId  the check that found it
 * @param text     the part of the body it is about ({@code start}–{@code end})
 * @param score    for a claim, the probability the sources support it; for language, how sure the check is
 * @param evidence the source passages behind the verdict, strongest first
 * @param status   where it stands with the reviewers ({@code OPEN}, {@code FIXED}, {@code ACCEPTED},
 *                 {@code OVERRIDDEN}); absent for an ad-hoc check
 * @param resolvedBy       who resolved it; absent while open
 * @param resolutionReason why, as they wrote it; absent while open
 */
public record FindingDocument(String id, String checkId, int start, int end, String text, String category,
                              String severity, String verdict, double score, String message,
                              List<AttributionDocument.SourceRef> evidence, String status, String resolvedBy,
                              String resolutionReason) {

    public static FindingDocument of(ItemFinding finding, String body) {
        FindingDocument document = of(finding.id(), finding.checkId(), finding.span(), finding.category(),
                finding.severity(), finding.verdict(), finding.score(), finding.message(), finding.evidence(),
                finding.status().name(), body);
        return finding.resolvedBy() == null ? document : document.resolved(finding.resolvedBy(),
                finding.resolutionReason());
    }

    static FindingDocument of(String checkId, Finding finding, String body) {
        return of(null, checkId, finding.span(), finding.category(), finding.severity(), finding.verdict(),
                finding.score(), finding.message(), finding.evidence(), null, body);
    }

    private static FindingDocument of(String id, String checkId, Span span, String category, Severity severity,
                                      Verdict verdict, double score, String message, List<Evidence> evidence,
                                      String status, String body) {
        // A span a check got wrong must not break the answer; it is clipped to the body.
        int end = Math.min(span.end(), body.length());
        int start = Math.min(span.start(), end);
        return new FindingDocument(id, checkId, start, end, body.substring(start, end), category, severity.name(),
                verdict.name(), score, message, evidence.stream().map(AttributionDocument.SourceRef::of).toList(),
                status, null, null);
    }

    private FindingDocument resolved(String by, String reason) {
        return new FindingDocument(id, checkId, start, end, text, category, severity, verdict, score, message,
                evidence, status, by, reason);
    }
}
