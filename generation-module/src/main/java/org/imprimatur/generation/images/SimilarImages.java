package org.imprimatur.generation.images;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.imprimatur.generation.sources.Source;
import org.imprimatur.spi.image.PerceptualHash;
import org.imprimatur.spi.image.SimilarImage;
import org.imprimatur.spi.source.SourceRights;

/**
 * Finds stored pictures that look like a given one: image sources, whatever their age (their rights matter whenever
 * they were attached), and the pictures of image items stored before it (so that of two copies, the later is the
 * one flagged).
 *
 * <p>Hamming distance has no index in SQL that both H2 and PostgreSQL share, so the hashes are read (two 64-bit
 * numbers and an id a row) and compared here; only the near ones are loaded whole.
 */
@ApplicationScoped
public class SimilarImages {

    private static final Comparator<SimilarImage> NEAREST_FIRST =
            Comparator.comparingInt(SimilarImage::distance).thenComparing(SimilarImage::id);

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    /**
     * The pictures within {@code maxDistance} bits of {@code hash}, nearest first.
     *
     * @param itemId   the item whose picture this is; never its own near-duplicate
     * @param storedAt when that picture was stored; items stored later are not compared
     */
    @Transactional
    public List<SimilarImage> near(PerceptualHash hash, int maxDistance, String itemId, Instant storedAt) {
        List<SimilarImage> near = new ArrayList<>();
        for (Object[] row : entityManager.createQuery("SELECT s.id, s.perceptualHash FROM Source s "
                + "WHERE s.perceptualHash IS NOT NULL", Object[].class).getResultList()) {
            int distance = hash.distanceTo(new PerceptualHash((Long) row[1]));
            if (distance <= maxDistance) {
                Source source = entityManager.find(Source.class, row[0]);
                near.add(new SimilarImage(SimilarImage.Kind.SOURCE, source.id(), source.title(), distance,
                        source.rights()));
            }
        }
        for (Object[] row : entityManager.createQuery("SELECT a.itemId, a.perceptualHash FROM ImageAsset a "
                        + "WHERE a.perceptualHash IS NOT NULL AND a.itemId <> :itemId AND a.createdAt <= :storedAt",
                        Object[].class)
                .setParameter("itemId", itemId).setParameter("storedAt", storedAt).getResultList()) {
            int distance = hash.distanceTo(new PerceptualHash((Long) row[1]));
            if (distance <= maxDistance) {
                ImageAsset asset = entityManager.find(ImageAsset.class, row[0]);
                near.add(new SimilarImage(SimilarImage.Kind.ITEM, asset.itemId(), "a picture made with "
                        + asset.tool(), distance, SourceRights.UNKNOWN));
            }
        }
        near.sort(NEAREST_FIRST);
        return near;
    }
}
