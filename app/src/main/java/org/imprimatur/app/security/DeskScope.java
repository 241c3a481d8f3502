package org.imprimatur.app.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.imprimatur.review.application.ReviewDesk;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.spi.content.ItemId;

/**
 * Object-level access for {@link DeskScoped} resources: an item of a desk the caller does not work on is answered as
 * if it did not exist (404, like an unknown id), so that ids reveal nothing about other desks. Runs after the role
 * check; requests without an item id (submitting, the queue) pass, and the resource scopes those itself.
 */
@Provider
@DeskScoped
@Priority(Priorities.AUTHORIZATION + 20)
public class DeskScope implements ContainerRequestFilter {

    @Inject
    private CallerDesks callerDesks;

    @Inject
    private ReviewDesk desk;

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id == null || callerDesks.limitedTo().isEmpty()) {
            return;
        }
        ItemId itemId;
        try {
            itemId = ItemId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ItemNotFoundException(id);
        }
        if (!callerDesks.sees(desk.deskOf(itemId))) {
            throw new ItemNotFoundException(id);
        }
    }
}
