package org.imprimatur.app.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceSet;
import org.imprimatur.nlp.RememberedEmbeddings;
import org.imprimatur.review.application.InstalledChecks;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/** The installed check plugins, and the sources a revision's model card names as their context. */
@ApplicationScoped
public class RegisteredChecks implements InstalledChecks {

    @Inject
    private ProviderRegistry registry;

    @Inject
    private SourceLibrary sources;

    @Override
    public List<ContentCheck> all() {
        return registry.providers(Spi.CHECK);
    }

    @Override
    public CheckContext contextFor(RevisionView revision) {
        return contextFor(revision.modelCard().sourceIds());
    }

    /**
     * A context over the sources with these ids; ids that name no source are left out. The checks that share it
     * embed each sentence of the revision once between them.
     */
    public CheckContext contextFor(List<String> sourceIds) {
        SourceSet opened = sources.openAvailable(sourceIds);
        return new SourceContext(opened.documents(), new RememberedEmbeddings(opened.passages()));
    }

    private record SourceContext(List<SourceDocument> sources, SourcePassages passages) implements CheckContext {
    }
}
