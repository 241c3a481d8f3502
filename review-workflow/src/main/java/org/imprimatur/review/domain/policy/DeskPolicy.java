package org.imprimatur.review.domain.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.imprimatur.review.infrastructure.PolicyRulesConverter;
import org.imprimatur.spi.content.ContentKind;

/**
 * One version of the review policy for a desk and a kind of content. Versions are only ever added: the newest is in
 * force, the older ones are its history. The desk {@value #ANY_DESK} holds the policy of every desk that has none of
 * its own.
 */
@Entity
@Table(name = "review_policy")
public class DeskPolicy {

    /** The desk name that stands for every desk without a policy of its own. */
    public static final String ANY_DESK = "*";

    /** The version number of the built-in default, which is never stored. */
    public static final int BUILT_IN_VERSION = 0;

    /** Who wrote the built-in default. */
    public static final String BUILT_IN_AUTHOR = "imprimatur";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "desk", nullable = false, updatable = false, length = 64)
    private String desk;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ContentKind kind;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Lob
    @Convert(converter = PolicyRulesConverter.class)
    @Column(name = "rules", nullable = false, updatable = false)
    private PolicyRules rules;

    @Column(name = "author", nullable = false, updatable = false, length = 200)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DeskPolicy() {
        // for JPA
    }

    public DeskPolicy(String desk, ContentKind kind, int version, PolicyRules rules, String author, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.desk = Objects.requireNonNull(desk, "desk");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.version = version;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The built-in default for a kind of content, in force until an admin stores a policy: every rule on. */
    public static DeskPolicy builtIn(ContentKind kind) {
        return new DeskPolicy(ANY_DESK, kind, BUILT_IN_VERSION, PolicyRules.defaults(), BUILT_IN_AUTHOR, Instant.EPOCH);
    }

    public String desk() {
        return desk;
    }

    public ContentKind kind() {
        return kind;
    }

    /** 1 for the first stored version, counting up; {@value #BUILT_IN_VERSION} for the built-in default. */
    public int version() {
        return version;
    }

    public PolicyRules rules() {
        return rules;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
