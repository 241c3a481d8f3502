package org.imprimatur.app.notifications;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * Who gets an e-mail about an event: a comment's mentioned users and an item's new assignee, when their address is
 * configured, and the desk's recipients for the item's transitions. Nobody is e-mailed about what they did
 * themselves.
 */
final class MailRecipients {

    private MailRecipients() {
    }

    /**
     * @param addressOf      a user's configured address, if any
     * @param deskRecipients the addresses that hear of a desk's transitions
     */
    static Set<String> of(NotificationEvent event, Function<String, Optional<String>> addressOf,
                          Function<String, Set<String>> deskRecipients) {
        ProvenanceEventType type = ProvenanceEventType.valueOf(event.type());
        Set<String> addresses = new LinkedHashSet<>();
        switch (type) {
            case COMMENT_ADDED -> addUsers(event, "mentions", addressOf, addresses);
            case ITEM_ASSIGNED -> addUsers(event, "assignee", addressOf, addresses);
            default -> {
                if (Webhook.TRANSITIONS.contains(type)) {
                    event.desk().map(deskRecipients).ifPresent(addresses::addAll);
                }
            }
        }
        addressOf.apply(event.actor()).ifPresent(addresses::remove);
        return addresses;
    }

    private static void addUsers(NotificationEvent event, String member, Function<String, Optional<String>> addressOf,
                                 Set<String> addresses) {
        event.users(member).stream().filter(user -> !user.equals(event.actor())).map(addressOf)
                .flatMap(Optional::stream).forEach(addresses::add);
    }
}
