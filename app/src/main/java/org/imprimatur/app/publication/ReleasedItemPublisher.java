package org.imprimatur.app.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import org.imprimatur.app.provenance.CreditedSources;
import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.nlp.Sentence;
import org.imprimatur.nlp.TextSegmenter;
import org.imprimatur.provenance.attribution.AttributionRecords;
import org.imprimatur.provenance.disclosure.CreditedSource;
import org.imprimatur.provenance.disclosure.Credits;
import org.imprimatur.provenance.disclosure.ImageLabel;
import org.imprimatur.provenance.disclosure.ImageLabelException;
import org.imprimatur.provenance.disclosure.JsonLdSettings;
import org.imprimatur.provenance.disclosure.LabelDecision;
import org.imprimatur.provenance.disclosure.PublicationJsonLd;
import org.imprimatur.review.application.ReleasePublisher;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.Revision;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.publication.Publication;
import org.imprimatur.spi.publication.PublishedImage;

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
    private CreditedSources sources;

    @Inject
    private AttributionRecords records;

    @Inject
    private Config config;

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
        Publication publication = render(item, label, publisher.name(), releasedAt);
        store.publish(publication);
        released.fire(new Released(publication));

        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("target", PublicationStore.ID);
        recorded.put("sha256", publication.sha256().hex());
        recorded.put("jsonLdSha256", Sha256.ofUtf8(publication.jsonLd()).hex());
        publication.image().ifPresent(picture -> recorded.put("mediaType", picture.mediaType()));
        recorded.put("credits", publication.credits());
        recorded.put("labelDecision", decision(item, publisher, label).asMap());
        return recorded;
    }

    /**
     * The publication of the item's current revision with this label, released by this publisher at this instant:
     * what {@link #publish} hands to the targets, and what a preview shows before release. Keeps, records and
     * announces nothing; the sources' rights and the desk's JSON-LD settings are read as they are now.
     *
     * @throws TransitionRefusedException if the desk's JSON-LD settings are wrong, or a picture cannot carry its label
     */
    public Publication render(ContentItem item, DisclosureLabel label, String publisherName, Instant releasedAt) {
        Revision revision = item.currentRevision();
        List<CreditedSource> credited = creditedSources(item, revision);
        List<String> credits = Credits.lines(credited);
        String text = revision.body() + "\n\n" + label.statement()
                + (credits.isEmpty() ? "" : "\n\n" + Credits.block(credits));
        String jsonLd = PublicationJsonLd.render(revision.view(), label, credited, publisherName, releasedAt,
                jsonLdSettings(item.desk())).toString();
        Optional<PublishedImage> image = item.kind() == ContentKind.IMAGE
                ? Optional.of(labelledPicture(item, label, text, credits)) : Optional.empty();
        Sha256 digest = image.map(picture -> Sha256.of(picture.bytes()))
                .orElseGet(() -> Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
        return new Publication(item.view(), revision.view(), text, label.statement(), credits, jsonLd, image, digest,
                publisherName, releasedAt);
    }

    /** The sources the revision credits ({@link Credits#sourceIds}), with the rights in force now, at release. */
    private List<CreditedSource> creditedSources(ContentItem item, Revision revision) {
        return Credits.sourceIds(records.ofRevision(item.id(), revision.number()), revision.attributions(),
                revision.modelCard().sourceIds()).stream().map(sources::find).toList();
    }

    /** The desk's JSON-LD settings; wrong ones hold the release up, saying which key to fix. */
    private JsonLdSettings jsonLdSettings(String desk) {
        try {
            return JsonLdSettings.resolve(desk, key -> config.getOptionalValue(key, String.class));
        } catch (IllegalStateException e) {
            throw new TransitionRefusedException(TransitionRefusedException.Reason.ILLEGAL_STATE,
                    "The desk's JSON-LD settings cannot be published: " + e.getMessage());
        }
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
        // The revision the publisher saw when choosing the label: an edit since may have made it say too little.
        int labelled = revisions.stream().filter(revision -> !revision.createdAt().isAfter(label.decidedAt()))
                .mapToInt(Revision::number).max().orElse(1);
        // Every reviewer whose approval the released revision got: a policy may ask for more than one.
        return LabelDecision.compare(sentences(revisions.get(0).body()), sentences(item.currentRevision().body()),
                item.approvals(), editedBy, publisher.name(), label, item.currentRevision().number(), labelled);
    }

    private static List<String> sentences(String text) {
        return TextSegmenter.english().sentences(text).stream().map(Sentence::text).toList();
    }

    /** A release that published this; observed once the release has committed. */
    public record Released(Publication publication) {
    }
}
