package org.imprimatur.app.it.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.RevisionView;

/**
 * A check dropped into the deployment as its own jar, to prove that plugins are discovered and that the workflow
 * records what checks find, and what happens when they break or hang. Markers in the body steer it.
 */
public class ExampleCheck implements ContentCheck {

    public static final String ID = "example-drop-in";
    /** Each occurrence becomes a finding. */
    public static final String FLAG = "[flag]";
    /** The check throws. */
    public static final String BREAK = "[break]";
    /** The check waits until it is interrupted, as a hung model would. */
    public static final String STALL = "[stall]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException {
        String body = revision.body();
        if (body.contains(BREAK)) {
            throw new CheckFailedException("the example check was asked to fail");
        }
        if (body.contains(STALL)) {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CheckFailedException("the example check was interrupted");
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int at = body.indexOf(FLAG); at >= 0; at = body.indexOf(FLAG, at + 1)) {
            findings.add(new Finding(new Span(at, at + FLAG.length()), "example", Severity.MEDIUM, Verdict.FLAGGED,
                    0.9, "The example check flags every marker", List.of()));
        }
        return new CheckReport(ID, findings, Map.of("example-model", "1"));
    }
}
