package org.imprimatur.app.generation;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.imprimatur.generation.sources.SourceLibrary;
import org.imprimatur.review.application.SourceRightsLookup;
import org.imprimatur.spi.source.SourceRights;

/** The review desk learns the rights of an item's sources, its embargoes among them, from the source library. */
@ApplicationScoped
public class LibrarySourceRights implements SourceRightsLookup {

    @Inject
    private SourceLibrary library;

    @Override
    public Map<String, SourceRights> rightsOf(List<String> sourceIds) {
        return library.rightsOf(sourceIds);
    }
}
