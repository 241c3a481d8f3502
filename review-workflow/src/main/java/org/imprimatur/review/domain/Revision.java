package org.imprimatur.review.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.imprimatur.review.infrastructure.AttributionsConverter;
import org.imprimatur.review.infrastructure.ModelCardConverter;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.Attribution;

/** One version of an item's text. Revisions are never changed once written; an edit makes a new one. */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ContentItem item;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", nullable = false, updatable = false, length = 500)
    private String title;

    @Lob
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "body_sha256", nullable = false, updatable = false, length = 64)
    private String bodySha256;

    @Lob
    @Convert(converter = ModelCardConverter.class)
    @Column(name = "model_card", nullable = false, updatable = false)
    private ModelCard modelCard;

    @Lob
    @Convert(converter = AttributionsConverter.class)
    @Column(name = "attributions", nullable = false, updatable = false)
    private List<Attribution> attributions;

    @Column(name = "author", nullable = false, updatable = false, length = 200)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Revision() {
        // for JPA
    }

    Revision(ContentItem item, int number, String title, String body, ModelCard modelCard,
             List<Attribution> attributions, String author, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.item = item;
        this.number = number;
        this.title = title;
        this.body = body;
        this.bodySha256 = Sha256.ofUtf8(body).hex();
        this.modelCard = Objects.requireNonNull(modelCard, "modelCard");
        this.attributions = List.copyOf(attributions);
        this.author = author;
        this.createdAt = createdAt;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    /** The digest of the body's UTF-8 bytes, as recorded in the ledger. */
    public Sha256 bodySha256() {
        return new Sha256(bodySha256);
    }

    public ModelCard modelCard() {
        return modelCard;
    }

    /** Where each sentence of the body came from; sentences a person wrote have none. */
    public List<Attribution> attributions() {
        return attributions;
    }

    /**
     * The attributions that still hold for {@code newBody}: a sentence kept word for word keeps its sources, at
     * its new place; a sentence someone rewrote is theirs and has none.
     */
    List<Attribution> attributionsKeptIn(String newBody) {
        List<Attribution> kept = new ArrayList<>();
        int searchFrom = 0;
        for (Attribution attribution : attributions) {
            String sentence = attribution.sentence().of(body);
            int at = newBody.indexOf(sentence, searchFrom);
            if (at < 0) {
                at = newBody.indexOf(sentence);
            }
            if (at >= 0) {
                kept.add(new Attribution(new Span(at, at + sentence.length()), attribution.sources()));
                searchFrom = at + sentence.length();
            }
        }
        return kept;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public RevisionView view() {
        return new RevisionView(item.id(), item.kind(), number, title, body, modelCard, attributions, author, createdAt);
    }
}
