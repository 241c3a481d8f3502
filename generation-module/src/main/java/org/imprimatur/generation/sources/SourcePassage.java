package org.imprimatur.generation.sources;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.imprimatur.nlp.VectorCodec;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.source.Passage;

/** One sentence of a source: where it lies in the source's text, and its embedding, computed once. */
@Entity
@Table(name = "source_passage")
@IdClass(SourcePassage.Key.class)
public class SourcePassage {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id", nullable = false, updatable = false)
    private Source source;

    @Id
    @Column(name = "passage_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "paragraph_no", nullable = false, updatable = false)
    private int paragraph;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int start;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int end;

    @Column(name = "vector", nullable = false, updatable = false)
    private byte[] vector;

    protected SourcePassage() {
        // for JPA
    }

    SourcePassage(Source source, Passage passage, float[] vector) {
        this.source = source;
        this.number = passage.index();
        this.paragraph = passage.paragraph();
        this.start = passage.span().start();
        this.end = passage.span().end();
        this.vector = VectorCodec.encode(vector);
    }

    Passage toPassage(String sourceText) {
        Span span = new Span(start, end);
        return new Passage(source.id(), number, paragraph, span, span.of(sourceText));
    }

    float[] vector() {
        return VectorCodec.decode(vector);
    }

    /** The composite key: the source and the passage's position in it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String source;
        private int number;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && Objects.equals(key.source, source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, number);
        }
    }
}
