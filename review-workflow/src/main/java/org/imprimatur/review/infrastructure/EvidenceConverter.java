package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.spi.check.Evidence;

/** Stores a finding's evidence as one JSON column: it is read and written only with its finding. */
@Converter
public class EvidenceConverter implements AttributeConverter<List<Evidence>, String> {

    private static final Type LIST = new ArrayList<Evidence>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<Evidence> evidence) {
        return JsonColumns.write(evidence == null ? List.of() : evidence, LIST);
    }

    @Override
    public List<Evidence> convertToEntityAttribute(String json) {
        List<Evidence> evidence = JsonColumns.read(json, LIST);
        return evidence == null ? List.of() : List.copyOf(evidence);
    }
}
