package org.imprimatur.app.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceNotFoundException;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.provenance.disclosure.CreditedSource;
import org.imprimatur.provenance.disclosure.Credits;
import org.imprimatur.provenance.disclosure.ImageLabel;
import org.imprimatur.provenance.disclosure.ImageLabelException;
import org.imprimatur.provenance.disclosure.LabelDecision;
import org.imprimatur.provenance.disclosure.PublicationJsonLd;
import org.imprimatur.review.application.ReleasePublisher;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.publication.Publication;
import org.imprimatur.spi.publication.PublishedImage;
import org.imprimatur.spi.source.Attribution;

/**
 * Turns a release into its publication, inside the release's transaction: the text readers get (body or caption,
 * the disclosure line, the credits block from the revision's attributions and model card), the schema.org JSON-LD,
 * for an image the picture with its XMP label, and the label decision for the ledger. The built-in {@code store}
 * keeps it in the same transaction; the other installed targets get it once the release has committed
 * ({@link PublicationDeliveries}).
 */
@ApplicationScoped
public class ReleasedItemPublisher implements ReleasePublisher {

    @Inject
    private SourceLibrary sources;

    @Inject
    private ImageLibrary images;

    @Inject
    private PublicationStore store;

    @Inject
    private Event<Released> released;

    @Override
    public Map<String, Object> publish(ContentItem item, Actor publisher, Instant releasedAt) {
        DisclosureLabel label = item.disclosure().orElseThrow(() -> new IllegalStateException(
                "released without a label: " + item.id()));
        Revision revision = item.currentRevision();
        List<CreditedSource> credited = creditedSources(revision);
        List<String> credits = Credits.lines(credited);
        String text = revision.body() + "\n\n" + label.statement()
                + (credits.isEmpty() ? "" : "\n\n" + Credits.block(credits));
        String jsonLd = PublicationJsonLd.render(revision.view(), label, credited, publisher.name(), releasedAt)
                .toString();
        Optional<PublishedImage> image = item.kind() == ContentKind.IMAGE
                ? Optional.of(labelledPicture(item, label, text, credits)) : Optional.empty();
        Sha256 digest = image.map(picture -> Sha256.of(picture.bytes()))
                .orElseGet(() -> Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
        Publication publication = new Publication(item.view(), revision.view(), text, label.statement(), credits,
                jsonLd, image, digest, publisher.name(), releasedAt);
        store.publish(publication);
        released.fire(new Released(publication));

        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("target", PublicationStore.ID);
        recorded.put("sha256", digest.hex());
        recorded.put("jsonLdSha256", Sha256.ofUtf8(jsonLd).hex());
        image.ifPresent(picture -> recorded.put("mediaType", picture.mediaType()));
        recorded.put("credits", credits);
        recorded.put("labelDecision", decision(item, publisher, label).asMap());
        return recorded;
    }

    /**
     * The sources the revision's sentences rest on, in the order the text first draws on them, then those its model
     * card names that no kept sentence rests on: they were given to the model, so they are credited too.
     */
    private List<CreditedSource> creditedSources(Revision revision) {
        Set<String> ids = new LinkedHashSet<>();
        for (Attribution attribution : revision.attributions()) {
            attribution.sources().stream().map(Evidence::sourceId).forEach(ids::add);
        }
        ids.addAll(revision.modelCard().sourceIds());
        List<CreditedSource> credited = new ArrayList<>();
        for (String id : ids) {
            try {
                credited.add(CreditedSource.of(sources.find(id).document()));
            } catch (SourceNotFoundException neverIngested) {
                // Content submitted with its model card may name sources Imprimatur holds no copy of.
                credited.add(CreditedSource.unknown(id));
            }
        }
        return credited;
    }

    private PublishedImage labelledPicture(ContentItem item, DisclosureLabel label, String description,
                                           List<String> credits) {
        ImageAsset picture = images.find(item.id().toString())
                .orElseThrow(() -> new ItemNotFoundException(item.id() + " (its picture)"));
        DigitalSourceType type = DigitalSourceType.ofTerm(label.digitalSourceType())
                .orElseThrow(() -> new IllegalStateException("a label of no known type: " + label));
        ImageLabel xmp = new ImageLabel(type, description, String.join("; ", credits),
                item.currentRevision().modelCard().model());
        try {
            return new PublishedImage(picture.mediaType(), xmp.embedIn(picture.content(), picture.mediaType()));
        } catch (ImageLabelException e) {
            throw new TransitionRefusedException(TransitionRefusedException.Reason.ILLEGAL_STATE,
                    "The picture cannot be released with its disclosure label: " + e.getMessage());
        }
    }

    /** What the label rests on: the machine's share of the text, the people who reviewed it, who answers for it. */
    private static LabelDecision decision(ContentItem item, Actor publisher, DisclosureLabel label) {
        List<Revision> revisions = item.revisions();
        List<String> editedBy = revisions.stream().skip(1).map(Revision::author).distinct().toList();
        List<String> approvedBy = item.approvedBy() == null ? List.of() : List.of(item.approvedBy());
        return LabelDecision.compare(sentences(revisions.get(0).body()), sentences(item.currentRevision().body()),
                approvedBy, editedBy, publisher.name(), label);
    }

    private static List<String> sentences(String text) {
        return TextSegmenter.english().sentences(text).stream().map(Sentence::text).toList();
    }

    /** A release that published this; observed once the release has committed. */
    public record Released(Publication publication) {
    }
}
