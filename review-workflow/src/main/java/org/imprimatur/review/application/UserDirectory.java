package org.imprimatur.review.application;

import java.util.Optional;

import org.imprimatur.spi.Actor;

/**
 * The people the workflow is told about by name (an assignee, a mention), as the identity source knows them. The
 * app fills it from wherever accounts live (local accounts, later Keycloak), so that users stay out of the workflow.
 */
public interface UserDirectory {

    /** The person with this user name and the roles they hold, if the identity source knows them. */
    Optional<Actor> find(String userName);
}
