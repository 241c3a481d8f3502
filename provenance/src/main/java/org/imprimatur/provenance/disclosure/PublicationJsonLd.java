package org.imprimatur.provenance.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DigitalSourceType;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;

/**
 * The schema.org JSON-LD record published with a released item: a {@code NewsArticle} (an {@code ImageObject} for
 * a picture) whose {@code creator}s are the AI system (a {@code SoftwareApplication} named after the model card) and
 * the responsible editor (a {@code Person}, also its {@code editor}), whose {@code citation}s are its sources (name,
 * URL, SHA-256 as {@code identifier}, licence, credit text), and which states how it was made: schema.org's
 * {@code digitalSourceType} (the IPTC term) and the disclosure statement as its {@code publishingPrinciples}. The
 * desk's {@link JsonLdSettings} add the publisher, the AI policy's address and the language, and may leave the
 * editor unnamed.
 *
 * <p>Built with JSON-P, never by concatenating strings, so any text the item holds stays valid JSON.
 */
public final class PublicationJsonLd {

    private static final String SCHEMA = "https://schema.org";

    private PublicationJsonLd() {
    }

    /**
     * @param revision          the released revision
     * @param label             its disclosure label
     * @param sources           its sources, as credited
     * @param responsibleEditor who released it
     * @param releasedAt        when
     * @param settings          the desk's JSON-LD settings
     */
    public static JsonObject render(RevisionView revision, DisclosureLabel label, List<CreditedSource> sources,
                                    String responsibleEditor, Instant releasedAt, JsonLdSettings settings) {
        Objects.requireNonNull(revision, "revision");
        boolean image = revision.kind() == ContentKind.IMAGE;
        JsonArrayBuilder creators = Json.createArrayBuilder().add(software(revision.modelCard()));
        if (settings.includeEditor()) {
            creators.add(person(responsibleEditor));
        }
        JsonObjectBuilder work = Json.createObjectBuilder()
                .add("@context", SCHEMA)
                .add("@type", image ? "ImageObject" : "NewsArticle")
                .add("identifier", "urn:uuid:" + revision.itemId())
                .add(image ? "name" : "headline", revision.title())
                .add(image ? "caption" : "articleBody", revision.body())
                .add("datePublished", releasedAt.toString())
                .add("creator", creators);
        if (settings.includeEditor()) {
            work.add("editor", person(responsibleEditor));
        }
        if (!settings.publisherName().isEmpty()) {
            JsonObjectBuilder publisher = Json.createObjectBuilder().add("@type", "Organization")
                    .add("name", settings.publisherName());
            if (!settings.publisherUrl().isEmpty()) {
                publisher.add("url", settings.publisherUrl());
            }
            work.add("publisher", publisher);
        }
        if (!settings.language().isEmpty()) {
            work.add("inLanguage", settings.language());
        }
        JsonObjectBuilder principles = Json.createObjectBuilder()
                .add("@type", "CreativeWork")
                .add("name", "AI disclosure")
                .add("text", label.statement());
        if (!settings.principlesUrl().isEmpty()) {
            principles.add("url", settings.principlesUrl());
        }
        return work.add("citation", citations(sources))
                .add("digitalSourceType", schemaOrgSourceType(label))
                .add("publishingPrinciples", principles)
                .build();
    }

    private static JsonObjectBuilder software(ModelCard card) {
        JsonObjectBuilder software = Json.createObjectBuilder()
                .add("@type", "SoftwareApplication")
                .add("name", card.model())
                .add("applicationCategory", "generative AI model")
                .add("provider", Json.createObjectBuilder().add("@type", "Organization").add("name", card.provider()));
        if (!card.modelVersion().isBlank()) {
            software.add("softwareVersion", card.modelVersion());
        }
        return software;
    }

    private static JsonObjectBuilder person(String userName) {
        return Json.createObjectBuilder().add("@type", "Person").add("identifier", userName).add("name", userName);
    }

    private static JsonArrayBuilder citations(List<CreditedSource> sources) {
        JsonArrayBuilder citations = Json.createArrayBuilder();
        for (CreditedSource source : sources) {
            JsonObjectBuilder citation = Json.createObjectBuilder()
                    .add("@type", "CreativeWork")
                    .add("name", source.name());
            if (source.webOrigin()) {
                citation.add("url", source.origin());
            } else if (!source.origin().isBlank()) {
                citation.add("alternateName", source.origin());
            }
            source.sha256().ifPresent(digest -> citation.add("identifier", "sha256:" + digest.hex()));
            if (!source.licence().isBlank()) {
                citation.add("license", source.licence());
            }
            if (!source.creditLine().isBlank()) {
                citation.add("creditText", source.creditLine());
            }
            citations.add(citation);
        }
        return citations;
    }

    /**
     * schema.org's member of its IPTC digital source enumeration, e.g.
     * {@code https://schema.org/TrainedAlgorithmicMediaDigitalSource}; the IPTC URI for a term it lacks.
     */
    static String schemaOrgSourceType(DisclosureLabel label) {
        return DigitalSourceType.ofTerm(label.digitalSourceType())
                .map(type -> SCHEMA + "/" + Character.toUpperCase(type.term().charAt(0)) + type.term().substring(1)
                        + "DigitalSource")
                .orElse(DigitalSourceType.VOCABULARY + label.digitalSourceType());
    }
}
