package org.imprimatur.review.infrastructure;

import jakarta.persistence.Converter;

import org.imprimatur.review.domain.ResolutionEvidence;

/** Stores what a reviewer cited when resolving a finding as one JSON column. */
@Converter
public class ResolutionEvidenceConverter extends JsonColumn<ResolutionEvidence> {

    public ResolutionEvidenceConverter() {
        super(ResolutionEvidence.class);
    }
}
