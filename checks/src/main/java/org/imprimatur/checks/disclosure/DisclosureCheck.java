package org.imprimatur.checks.disclosure;

import java.util.List;
import java.util.Optional;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.RevisionView;

/**
 * The disclosure check (id {@value #ID}): every item in Imprimatur is AI-generated, so an item without an
 * AI-disclosure label gets one {@value DisclosureLabel#MISSING} finding over its whole body, which the publisher
 * resolves by setting the label (that resolves it as fixed). Its severity is medium, not high: the label is the
 * publisher's decision at release, which the workflow and the policy's label rule already demand, so the finding must
 * not hold up the reviewers' approval the way an unresolved high finding does; it puts the missing label in front of
 * everyone while there is time.
 *
 * <p>Text checked ad hoc belongs to no item and has no label to look at, so it gets no finding. Needs no model.
 * <b>Threading:</b> stateless.
 */
public final class DisclosureCheck implements ContentCheck {

    public static final String ID = "disclosure";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) {
        boolean unlabelled = context.item().map(ContentItemView::disclosure).map(Optional::isEmpty).orElse(false);
        if (!unlabelled) {
            return new CheckReport(ID, List.of());
        }
        String body = revision.body() == null ? "" : revision.body();
        String what = revision.kind() == ContentKind.IMAGE ? "image" : "article";
        return new CheckReport(ID, List.of(new Finding(new Span(0, body.length()), DisclosureLabel.MISSING,
                Severity.MEDIUM, Verdict.FLAGGED, 1, "This AI-generated " + what + " has no AI-disclosure label; a "
                + "publisher must set one (what readers are told, and the IPTC digital source type) before it is "
                + "released.", List.of())));
    }
}
