package org.imprimatur.app.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.imprimatur.generation.text.InertText;
import org.imprimatur.spi.source.SourceRights;

/**
 * What the newsroom may do with a source, as editors set it.
 *
 * @param creditLine   how to credit it, e.g. {@code "Reuters"}
 * @param licence      the licence or agreement it is used under
 * @param embargoUntil no publication drawing on it before this instant (ISO-8601; a plain date means its start
 *                     in UTC); absent when not embargoed
 */
public record RightsDocument(String creditLine, String licence, String embargoUntil) {

    /** Text from outside, made inert before it is stored or shown (see {@link InertText}). */
    public RightsDocument {
        creditLine = InertText.of(creditLine);
        licence = InertText.of(licence);
    }

    static RightsDocument of(SourceRights rights) {
        return new RightsDocument(rights.creditLine(), rights.licence(),
                rights.embargoedUntil() == null ? null : rights.embargoedUntil().toString());
    }

    /** @throws InvalidRequestException if the embargo is not a date or an instant */
    SourceRights toRights() {
        return new SourceRights(creditLine == null ? "" : creditLine.strip(), licence == null ? "" : licence.strip(),
                embargo(embargoUntil));
    }

    private static Instant embargo(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.unprocessable("embargoUntil must be an ISO-8601 date (2026-12-01) or "
                    + "instant (2026-12-01T06:00:00Z), not '" + value + "'");
        }
    }
}
