package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.junit.jupiter.api.Test;

class MailRecipientsTest {

    private static final Map<String, String> ADDRESSES = Map.of("alice", "alice@news.example",
            "bob", "bob@news.example", "dave", "dave@news.example");
    private static final Map<String, Set<String>> DESKS = Map.of("local",
            Set.of("local-desk@news.example", "bob@news.example"));

    private static Set<String> recipients(NotificationEvent event) {
        return MailRecipients.of(event, user -> Optional.ofNullable(ADDRESSES.get(user)),
                desk -> DESKS.getOrDefault(desk, Set.of()));
    }

    @Test
    void mentionedUsersWithAnAddressAreMailedButNotTheAuthor() {
        NotificationEvent comment = Events.of(ProvenanceEventType.COMMENT_ADDED, "bob",
                Map.of("mentions", List.of("alice", "bob", "zoe")), "local");

        assertEquals(Set.of("alice@news.example"), recipients(comment), "zoe has no address; bob wrote it");
    }

    @Test
    void theNewAssigneeIsMailedUnlessTheyTookTheItemThemselves() {
        assertEquals(Set.of("dave@news.example"), recipients(Events.of(ProvenanceEventType.ITEM_ASSIGNED, "bob",
                Map.of("assignee", "dave"), "local")));
        assertEquals(Set.of(), recipients(Events.of(ProvenanceEventType.ITEM_ASSIGNED, "dave",
                Map.of("assignee", "dave"), "local")));
    }

    @Test
    void transitionsGoToTheirDesksRecipientsExceptWhoeverMadeThem() {
        assertEquals(Set.of("local-desk@news.example"), recipients(Events.approved()));
        assertEquals(Set.of(), recipients(Events.of(ProvenanceEventType.ITEM_RELEASED, "dave", Map.of(), "sport")));
        assertEquals(Set.of(), recipients(Events.of(ProvenanceEventType.CHECK_COMPLETED, "system", Map.of(),
                "local")), "only transitions, assignments and mentions are mailed");
    }
}
