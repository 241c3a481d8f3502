package org.imprimatur.generation.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.generation.images.ImageAsset;
import org.imprimatur.generation.images.ImageLibrary;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.image.GeneratedImage;
import org.imprimatur.spi.provenance.ProvenanceEvent;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.imprimatur.spi.provenance.ProvenanceRecorder;
import org.imprimatur.spi.source.Attribution;

/**
 * How a job ends, each in one transaction: the item enters review, the ledger records what produced it, and the
 * job says so; or the job fails, the ledger records why, and no item exists.
 */
@ApplicationScoped
public class JobOutcomes {

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private ReviewSubmission review;

    @Inject
    private ImageLibrary images;

    @Inject
    private ProvenanceRecorder provenance;

    @Inject
    private Clock clock;

    @Transactional
    public ItemId drafted(String jobId, DraftOrder order, Draft draft) {
        GenerationJob job = entityManager.find(GenerationJob.class, jobId);
        ItemId itemId = review.submit(ContentKind.ARTICLE, order.brief().desk(), draft.title(), draft.body(), draft.modelCard(),
                draft.attributions(), false, job.requester());
        Map<String, Object> payload = produced(job, draft.modelCard());
        payload.put("attributions", summary(draft.attributions()));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.DRAFT_PRODUCED, job.requester().name(),
                itemId.toString(), payload));
        job.succeed(itemId.toString(), now());
        return itemId;
    }

    @Transactional
    public ItemId imaged(String jobId, ImageOrder order, GeneratedImage generated, ImageLibrary.ReadImage image) {
        GenerationJob job = entityManager.find(GenerationJob.class, jobId);
        ItemId itemId = review.submit(ContentKind.IMAGE, order.desk(), ImageLibrary.titleOf(order.caption()), order.caption(),
                generated.modelCard(), List.of(), false, job.requester());
        ImageAsset asset = images.store(itemId, image, order.prompt(), generated.modelCard().provider());
        Map<String, Object> payload = produced(job, generated.modelCard());
        payload.putAll(ImageLibrary.describe(asset));
        provenance.record(new ProvenanceEvent(ProvenanceEventType.IMAGE_GENERATED, job.requester().name(),
                itemId.toString(), payload));
        job.succeed(itemId.toString(), now());
        return itemId;
    }

    /** The checks of a revision have run; each recorded its own report and ledger entry. */
    @Transactional
    public void checked(String jobId) {
        GenerationJob job = entityManager.find(GenerationJob.class, jobId);
        job.succeed(job.itemId(), now());
    }

    @Transactional
    public void failed(String jobId, String reason) {
        GenerationJob job = entityManager.find(GenerationJob.class, jobId);
        job.fail(reason, now());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("jobId", job.id());
        payload.put("kind", job.kind().name());
        payload.put("provider", job.provider());
        payload.put("reason", job.error());
        provenance.record(new ProvenanceEvent(ProvenanceEventType.GENERATION_FAILED, job.requester().name(), null,
                payload));
    }

    private static Map<String, Object> produced(GenerationJob job, ModelCard card) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("jobId", job.id());
        payload.put("modelCard", card.asMap());
        return payload;
    }

    /** How much of a draft rests on sources: what a compliance officer looks at first. */
    static Map<String, Object> summary(List<Attribution> attributions) {
        Set<String> sourcesUsed = new LinkedHashSet<>();
        attributions.forEach(a -> a.sources().stream().map(Evidence::sourceId).forEach(sourcesUsed::add));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sentences", attributions.size());
        summary.put("unsourced", attributions.stream().filter(Attribution::unsourced).count());
        summary.put("sourcesUsed", List.copyOf(sourcesUsed));
        return summary;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
