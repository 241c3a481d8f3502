package org.imprimatur.checks.injection;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourceDocument;

/**
 * The prompt-injection check (id {@value #ID}): a source whose text tries to instruct the model that drafted from
 * it ("ignore previous instructions", "you are now …", chat role tags; see {@link InjectionPhrases}) gets one high
 * finding over the whole revision, with the phrases as evidence, because the draft may have followed them; the same
 * phrases in the revision itself are flagged where they stand. Drafting already passes sources to models as quoted
 * data; this puts the attempt in front of a reviewer, and its high severity holds the approval until one has looked.
 *
 * <p>Needs no model. <b>Threading:</b> stateless.
 */
public final class PromptInjectionCheck implements ContentCheck {

    public static final String ID = "prompt-injection";
    public static final String CATEGORY = "prompt-injection";
    /** Evidence shown per source: enough to judge, not the whole source. */
    private static final int MAX_EVIDENCE = 5;
    private static final int CONTEXT = 60;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) {
        String body = revision.body() == null ? "" : revision.body();
        List<Finding> findings = new ArrayList<>();
        for (SourceDocument source : context.sources()) {
            List<InjectionPhrases.Hit> hits = InjectionPhrases.find(source.text());
            if (!hits.isEmpty()) {
                findings.add(new Finding(new Span(0, body.length()), CATEGORY, Severity.HIGH, Verdict.FLAGGED, 1,
                        "The source '" + name(source) + "' contains text that tries to instruct the model ("
                                + quoted(source.text(), hits.get(0).span()) + "); check that the draft follows the "
                                + "brief and the facts, not the source's instructions.",
                        evidence(source, hits)));
            }
        }
        for (InjectionPhrases.Hit hit : InjectionPhrases.find(body)) {
            findings.add(new Finding(hit.span(), CATEGORY, Severity.HIGH, Verdict.FLAGGED, 1,
                    "This text reads as an instruction to a language model (" + quoted(body, hit.span())
                            + "), not as news; a source may have slipped it into the draft.", List.of()));
        }
        return new CheckReport(ID, findings);
    }

    private static List<Evidence> evidence(SourceDocument source, List<InjectionPhrases.Hit> hits) {
        return hits.stream().limit(MAX_EVIDENCE).map(hit -> {
            Span around = new Span(Math.max(0, hit.span().start() - CONTEXT),
                    Math.min(source.text().length(), hit.span().end() + CONTEXT));
            return new Evidence(source.id(), around, source.text().substring(around.start(), around.end()), 1);
        }).toList();
    }

    private static String quoted(String text, Span span) {
        return "\"" + text.substring(span.start(), span.end()).replaceAll("\\s+", " ") + "\"";
    }

    private static String name(SourceDocument source) {
        return source.title() == null || source.title().isBlank() ? source.id() : source.title();
    }
}
