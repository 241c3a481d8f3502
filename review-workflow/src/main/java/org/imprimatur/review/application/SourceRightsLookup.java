package org.imprimatur.review.application;

import java.util.List;
import java.util.Map;

import org.imprimatur.spi.source.SourceRights;

/**
 * The rights recorded for the sources an item draws on, as review policies judge them (an embargo, say). The
 * deployable provides it from the source library; the workflow knows sources only by id.
 */
public interface SourceRightsLookup {

    /** The rights of those of these sources the library holds, by source id; ids it does not hold are left out. */
    Map<String, SourceRights> rightsOf(List<String> sourceIds);
}
