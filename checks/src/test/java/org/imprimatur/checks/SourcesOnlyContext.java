package org.imprimatur.checks;

import java.util.List;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/** For tests of checks that read whole sources and nothing else: a context of those sources alone. */
public final class SourcesOnlyContext {

    private SourcesOnlyContext() {
    }

    /** @param check the check under test, named when it asks for passages after all */
    public static CheckContext of(String check, SourceDocument... sources) {
        return new CheckContext() {
            @Override
            public List<SourceDocument> sources() {
                return List.of(sources);
            }

            @Override
            public SourcePassages passages() {
                throw new UnsupportedOperationException("the " + check + " check needs no passages");
            }
        };
    }
}
