package org.imprimatur.review.infrastructure;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Converter;

import org.imprimatur.spi.check.Evidence;

/** Stores a finding's evidence as one JSON column: it is read and written only with its finding. */
@Converter
public class EvidenceConverter extends JsonColumn<List<Evidence>> {

    public EvidenceConverter() {
        super(new ArrayList<Evidence>() { }.getClass().getGenericSuperclass());
    }

    @Override
    List<Evidence> absent() {
        return List.of();
    }
}
