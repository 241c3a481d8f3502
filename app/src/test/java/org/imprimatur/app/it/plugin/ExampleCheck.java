package org.imprimatur.app.it.plugin;

import java.util.List;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.check.ContentCheck;

/** A check dropped into the deployment as its own jar, to prove that plugins are discovered. */
public class ExampleCheck implements ContentCheck {

    public static final String ID = "example-drop-in";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) {
        return new CheckReport(ID, List.of());
    }
}
