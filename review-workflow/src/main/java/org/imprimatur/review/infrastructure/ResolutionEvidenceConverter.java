package org.imprimatur.review.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.review.domain.ResolutionEvidence;

/** Stores what a reviewer cited when resolving a finding as one JSON column. */
@Converter
public class ResolutionEvidenceConverter implements AttributeConverter<ResolutionEvidence, String> {

    @Override
    public String convertToDatabaseColumn(ResolutionEvidence evidence) {
        return JsonColumns.write(evidence, ResolutionEvidence.class);
    }

    @Override
    public ResolutionEvidence convertToEntityAttribute(String json) {
        return JsonColumns.read(json, ResolutionEvidence.class);
    }
}
