package org.imprimatur.spi.policy;

import java.util.List;
import java.util.Objects;

import org.imprimatur.spi.Actor;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.content.ContentItemView;

/**
 * A transition someone asked for, before it happens.
 *
 * @param item    the item as it is now
 * @param action  what is asked
 * @param actor   who asks
 * @param reports the check reports on the item's current revision
 */
public record ProposedTransition(ContentItemView item, ReviewAction action, Actor actor, List<CheckReport> reports) {

    public ProposedTransition {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        reports = List.copyOf(reports);
    }
}
