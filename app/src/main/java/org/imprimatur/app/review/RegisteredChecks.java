package org.imprimatur.app.review;

import java.util.List;
import java.util.Optional;

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
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/** The installed check plugins, and their context: the item, and the sources a revision's model card names. */
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
    public CheckContext contextFor(ContentItemView item, RevisionView revision) {
        return contextFor(revision.modelCard().sourceIds(), Optional.of(item));
    }

    /**
     * A context over the sources with these ids, for text that is no item; ids that name no source are left out.
     */
    public CheckContext contextFor(List<String> sourceIds) {
        return contextFor(sourceIds, Optional.empty());
    }

    // The checks that share a context embed each sentence of the revision once between them.
    private CheckContext contextFor(List<String> sourceIds, Optional<ContentItemView> item) {
        SourceSet opened = sources.openAvailable(sourceIds);
        return new SourceContext(opened.documents(), new RememberedEmbeddings(opened.passages()), item);
    }

    private record SourceContext(List<SourceDocument> sources, SourcePassages passages,
                                 Optional<ContentItemView> item) implements CheckContext {
    }
}
