package org.imprimatur.app.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.review.domain.QueueQuery;
import org.imprimatur.spi.content.ItemState;

/** Reads the query parameters of {@code GET /api/v1/items} into the queue they ask for. */
final class QueueParameters {

    /** The assignee parameter for the caller. */
    static final String ME = "me";
    /** The assignee parameter for items nobody is assigned to. */
    static final String NONE = "none";

    private QueueParameters() {
    }

    /**
     * @param states   state names, each possibly a comma-separated list; none for every state
     * @param desk     a desk name, or {@code null}
     * @param assignee a user name, {@value #ME} or {@value #NONE}, or {@code null}
     * @param sort     {@code age} (the default) or {@code newest}
     * @param caller   the caller's user name, for {@value #ME}
     * @throws InvalidRequestException (422) for an unknown state or sort
     * @throws org.imprimatur.review.domain.TransitionRefusedException (422) for a malformed desk name
     */
    static QueueQuery query(List<String> states, String desk, String assignee, String sort, String caller) {
        QueueQuery query = QueueQuery.all().withStates(states(states));
        if (desk != null && !desk.isBlank()) {
            query = query.withDesk(ContentItem.deskName(desk));
        }
        if (assignee != null && !assignee.isBlank()) {
            String who = assignee.strip();
            query = switch (who) {
                case NONE -> query.onlyUnassigned();
                case ME -> query.assignedTo(caller);
                default -> query.assignedTo(who);
            };
        }
        if (sort == null || sort.isBlank() || sort.equals("age")) {
            return query;
        }
        if (sort.equals("newest")) {
            return query.orderedNewestFirst();
        }
        throw InvalidRequestException.unprocessable("sort must be age (longest waiting first) or newest, not '"
                + sort + "'");
    }

    private static Set<ItemState> states(List<String> values) {
        Set<ItemState> states = EnumSet.noneOf(ItemState.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    states.add(state(name.strip()));
                }
            }
        }
        return states;
    }

    private static ItemState state(String name) {
        try {
            return ItemState.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.unprocessable("state must be one of "
                    + Arrays.toString(ItemState.values()) + ", not '" + name + "'");
        }
    }
}
