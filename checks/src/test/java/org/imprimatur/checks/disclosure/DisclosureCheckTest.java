package org.imprimatur.checks.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ItemState;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.Test;

class DisclosureCheckTest {

    private static final RevisionView ARTICLE = new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Bridge",
            "The bridge reopened on Monday.", new ModelCard("grounded", "extractive-1", "1", Map.of(),
            Sha256.ofUtf8("prompt"), List.of()), List.of(), "alice", Instant.EPOCH);

    private static final DisclosureLabel LABEL = new DisclosureLabel("Drafted with AI.", "trainedAlgorithmicMedia",
            "dave", Instant.EPOCH);

    private final DisclosureCheck check = new DisclosureCheck();

    @Test
    void anItemWithoutALabelGetsOneHighFindingOverItsWholeBody() {
        CheckReport report = check.check(ARTICLE, contextOf(Optional.of(item(Optional.empty()))));

        assertEquals("disclosure", report.checkId());
        assertEquals(1, report.findings().size());
        Finding missing = report.findings().get(0);
        assertEquals(DisclosureLabel.MISSING, missing.category());
        assertEquals(Severity.MEDIUM, missing.severity(), "the label gates release, not approval");
        assertEquals(Verdict.FLAGGED, missing.verdict());
        assertEquals(new Span(0, ARTICLE.body().length()), missing.span());
        assertTrue(missing.message().contains("AI-disclosure label"), missing.message());
    }

    @Test
    void aLabelledItemIsClean() {
        assertEquals(List.of(), check.check(ARTICLE, contextOf(Optional.of(item(Optional.of(LABEL))))).findings());
    }

    @Test
    void textCheckedAdHocHasNoItemToLabel() {
        assertEquals(List.of(), check.check(ARTICLE, contextOf(Optional.empty())).findings());
    }

    private static ContentItemView item(Optional<DisclosureLabel> label) {
        return new ContentItemView(ARTICLE.itemId(), "general", ItemState.IN_REVIEW, "alice", ARTICLE, label);
    }

    private static CheckContext contextOf(Optional<ContentItemView> item) {
        return new CheckContext() {
            @Override
            public List<SourceDocument> sources() {
                return List.of();
            }

            @Override
            public SourcePassages passages() {
                throw new UnsupportedOperationException("the disclosure check reads no passages");
            }

            @Override
            public Optional<ContentItemView> item() {
                return item;
            }
        };
    }
}
