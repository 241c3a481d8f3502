package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.spi.check.Evidence;

/** Stores a finding's evidence as one JSON column: it is read and written only with its finding. */
@Converter
public class EvidenceConverter implements AttributeConverter<List<Evidence>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type LIST_OF_EVIDENCE = new ArrayList<Evidence>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<Evidence> evidence) {
        return JSONB.toJson(evidence == null ? List.of() : evidence, LIST_OF_EVIDENCE);
    }

    @Override
    public List<Evidence> convertToEntityAttribute(String json) {
        return json == null ? List.of() : List.copyOf(JSONB.<List<Evidence>>fromJson(json, LIST_OF_EVIDENCE));
    }
}
