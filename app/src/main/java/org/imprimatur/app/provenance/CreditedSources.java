package org.imprimatur.app.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.generation.sources.SourceNotFoundException;
import org.imprimatur.provenance.disclosure.CreditedSource;

/** A source as provenance records and credits name it: from the library, with its digest and rights as they are now. */
@ApplicationScoped
public class CreditedSources {

    @Inject
    private SourceLibrary library;

    /** The source with this id; one the library does not hold is known by its id alone. */
    public CreditedSource find(String id) {
        try {
            return CreditedSource.of(library.find(id).document());
        } catch (SourceNotFoundException neverIngested) {
            // A model card of submitted content, or an image check's near-duplicate, may name what is no source here.
            return CreditedSource.unknown(id);
        }
    }
}
