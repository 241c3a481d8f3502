package org.imprimatur.review.domain;

import java.util.Objects;
import java.util.Set;

import org.imprimatur.spi.content.ItemState;

/**
 * Which items a queue shows, and in which order. Every criterion is optional; all given must hold.
 *
 * @param states      the states shown; empty for all
 * @param desk        the desk, or {@code null} for every desk
 * @param desks       the desks the asker may see; empty for every desk
 * @param assignee    the assignee's user name, or {@code null} for anyone's or nobody's
 * @param unassigned  only items nobody is assigned to (then {@code assignee} is {@code null})
 * @param newestFirst the items that entered their state last first, instead of those that have waited longest
 */
public record QueueQuery(Set<ItemState> states, String desk, Set<String> desks, String assignee, boolean unassigned,
                         boolean newestFirst) {

    public QueueQuery {
        states = Set.copyOf(states);
        desks = Set.copyOf(desks);
        if (unassigned && assignee != null) {
            throw new IllegalArgumentException("An item is either unassigned or assigned to " + assignee);
        }
    }

    /** Everything, the longest waiting first. */
    public static QueueQuery all() {
        return new QueueQuery(Set.of(), null, Set.of(), null, false, false);
    }

    public QueueQuery withStates(Set<ItemState> states) {
        return new QueueQuery(states, desk, desks, assignee, unassigned, newestFirst);
    }

    public QueueQuery withDesk(String desk) {
        return new QueueQuery(states, desk, desks, assignee, unassigned, newestFirst);
    }

    /** Only items of these desks (the asker's own); empty for every desk. */
    public QueueQuery withinDesks(Set<String> desks) {
        return new QueueQuery(states, desk, desks, assignee, unassigned, newestFirst);
    }

    public QueueQuery assignedTo(String user) {
        return new QueueQuery(states, desk, desks, Objects.requireNonNull(user, "user"), false, newestFirst);
    }

    public QueueQuery onlyUnassigned() {
        return new QueueQuery(states, desk, desks, null, true, newestFirst);
    }

    public QueueQuery orderedNewestFirst() {
        return new QueueQuery(states, desk, desks, assignee, unassigned, true);
    }
}
