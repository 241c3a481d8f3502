package org.imprimatur.review.infrastructure;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Converter;

import org.imprimatur.spi.source.Attribution;

/** Stores a revision's attributions as one JSON column: they are read and written only with their revision. */
@Converter
public class AttributionsConverter extends JsonColumn<List<Attribution>> {

    public AttributionsConverter() {
        super(new ArrayList<Attribution>() { }.getClass().getGenericSuperclass());
    }

    @Override
    List<Attribution> absent() {
        return List.of();
    }
}
