package org.imprimatur.generation.ingest;

import java.util.Objects;

/**
 * A source was not taken in. The {@link #reason()} says what kind of refusal it is, so callers can answer with the
 * right status; the message says why in words an editor can act on ("resolves to a private address 10.0.0.5",
 * "is larger than the 50 MB allowed").
 */
public class SourceRejectedException extends Exception {

    /** What kind of refusal; each maps to one client error. */
    public enum Reason {
        /** More bytes than the configured maximum (HTTP 413). */
        TOO_LARGE,
        /** A media type that is not on the allow-list (HTTP 415). */
        UNSUPPORTED_TYPE,
        /** The file name claims a type its content contradicts (HTTP 415). */
        MISLABELLED,
        /** The file cannot be parsed as the type it is (HTTP 422). */
        CORRUPT,
        /** The file exceeds a structural limit: text length, nesting, inflation, entity expansion (HTTP 422). */
        TOO_COMPLEX,
        /** Parsing took longer than allowed (HTTP 422). */
        TIMEOUT,
        /** No bytes, or no text where text was expected (HTTP 422). */
        EMPTY,
        /** The URL may not be fetched: scheme, address, redirects (HTTP 422). */
        URL_REFUSED,
        /** The URL could not be fetched: unknown host, no answer, an error status (HTTP 422 or 502). */
        URL_UNREACHABLE
    }

    private final Reason reason;

    public SourceRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public SourceRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
