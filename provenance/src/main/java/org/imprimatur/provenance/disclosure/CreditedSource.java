package org.imprimatur.provenance.disclosure;

import java.util.Objects;
import java.util.Optional;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.SourceDocument;

/**
 * A source a released item drew on, as its credits name it.
 *
 * @param id         the source's id
 * @param name       its title, or its id when Imprimatur never saw it
 * @param origin     the file name, URL or CMS id it came from; empty when unknown
 * @param sha256     the digest of its original bytes; empty when Imprimatur never saw it
 * @param licence    what it is used under; empty when not recorded
 * @param creditLine how it must be credited; empty when no credit is required
 */
public record CreditedSource(String id, String name, String origin, Optional<Sha256> sha256, String licence,
                             String creditLine) {

    public CreditedSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        origin = origin == null ? "" : origin;
        Objects.requireNonNull(sha256, "sha256");
        licence = licence == null ? "" : licence;
        creditLine = creditLine == null ? "" : creditLine;
    }

    /** A stored source, with the rights recorded for it. */
    public static CreditedSource of(SourceDocument source) {
        String title = source.title() == null || source.title().isBlank() ? source.id() : source.title();
        return new CreditedSource(source.id(), title, source.origin(), Optional.of(source.sha256()),
                source.rights().licence(), source.rights().creditLine());
    }

    /** A source a model card names but Imprimatur holds no copy of: only its id is known. */
    public static CreditedSource unknown(String id) {
        return new CreditedSource(id, id, "", Optional.empty(), "", "");
    }

    /** Whether its origin is a web address, which citations can link to. */
    public boolean webOrigin() {
        return origin.startsWith("https://") || origin.startsWith("http://");
    }
}
