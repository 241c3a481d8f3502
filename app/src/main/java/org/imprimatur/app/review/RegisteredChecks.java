package org.imprimatur.app.review;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.generation.images.SimilarImages;
import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceSet;
import org.imprimatur.nlp.RememberedEmbeddings;
import org.imprimatur.review.application.InstalledChecks;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.content.ContentItemView;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.image.PictureFacts;
import org.imprimatur.spi.image.SimilarImage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;

/**
 * The installed check plugins, and their context: the item, the sources a revision's model card names and, for an
 * image item, its picture and the stored pictures like it.
 */
@ApplicationScoped
public class RegisteredChecks implements InstalledChecks {

    @Inject
    private ProviderRegistry registry;

    @Inject
    private SourceLibrary sources;

    @Inject
    private ImageLibrary images;

    @Inject
    private SimilarImages similarImages;

    @Override
    public List<ContentCheck> all() {
        return registry.providers(Spi.CHECK);
    }

    @Override
    public CheckContext contextFor(ContentItemView item, RevisionView revision) {
        CheckContext text = contextFor(revision.modelCard().sourceIds(), Optional.of(item));
        Optional<ImageAsset> picture = revision.kind() == ContentKind.IMAGE
                ? images.find(revision.itemId().toString()) : Optional.empty();
        return picture.<CheckContext>map(asset -> new PictureContext(text, asset, similarImages)).orElse(text);
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

    private record PictureContext(CheckContext text, ImageAsset asset, SimilarImages similarImages)
            implements CheckContext {

        @Override
        public List<SourceDocument> sources() {
            return text.sources();
        }

        @Override
        public SourcePassages passages() {
            return text.passages();
        }

        @Override
        public Optional<ContentItemView> item() {
            return text.item();
        }

        @Override
        public Optional<PictureFacts> picture() {
            return Optional.of(asset.facts());
        }

        @Override
        public List<SimilarImage> imagesNear(PerceptualHash hash, int maxDistance) {
            return similarImages.near(hash, maxDistance, asset.itemId(), asset.createdAt());
        }
    }
}
