package org.imprimatur.app.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every {@link Instant} of the persistence unit as a UTC {@code TIMESTAMP WITH TIME ZONE}. EclipseLink 4.0
 * does not map {@code Instant} itself (it would serialise it to bytes), while {@link OffsetDateTime} is a JPA type
 * both H2 and PostgreSQL bind exactly.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
