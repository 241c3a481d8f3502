package org.imprimatur.spi;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.image.ImageProvider;
import org.imprimatur.spi.policy.ReviewPolicy;
import org.imprimatur.spi.publication.PublicationTarget;

/**
 * Names an extension point: the interface its providers implement and the name under which they are
 * configured ({@code imprimatur.<name>.<id>.<key>}) and listed.
 *
 * @param name          the configuration and listing name, e.g. {@code check}
 * @param providerType  the interface providers implement
 * @param <P>           the provider type
 */
public record Spi<P extends Provider>(String name, Class<P> providerType) {

    public static final Spi<DraftingProvider> DRAFTING = new Spi<>("drafting", DraftingProvider.class);
    public static final Spi<ImageProvider> IMAGE = new Spi<>("image", ImageProvider.class);
    public static final Spi<ContentCheck> CHECK = new Spi<>("check", ContentCheck.class);
    public static final Spi<ReviewPolicy> REVIEW_POLICY = new Spi<>("review-policy", ReviewPolicy.class);
    public static final Spi<PublicationTarget> PUBLICATION = new Spi<>("publication", PublicationTarget.class);

    /** Every extension point Imprimatur discovers providers for. */
    public static final List<Spi<?>> ALL = List.of(DRAFTING, IMAGE, CHECK, REVIEW_POLICY, PUBLICATION);

    public Spi {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerType, "providerType");
    }
}
