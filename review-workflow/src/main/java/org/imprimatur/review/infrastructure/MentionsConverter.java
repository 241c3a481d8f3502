package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.review.domain.Mention;

/** Stores the people a comment mentions as one JSON column: they are read and written only with their comment. */
@Converter
public class MentionsConverter implements AttributeConverter<List<Mention>, String> {

    private static final Type LIST = new ArrayList<Mention>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<Mention> mentions) {
        return JsonColumns.write(mentions == null ? List.of() : mentions, LIST);
    }

    @Override
    public List<Mention> convertToEntityAttribute(String json) {
        List<Mention> mentions = JsonColumns.read(json, LIST);
        return mentions == null ? List.of() : List.copyOf(mentions);
    }
}
