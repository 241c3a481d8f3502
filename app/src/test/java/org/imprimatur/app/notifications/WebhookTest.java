package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final String SECRET = "0123456789abcdef";

    private static Webhook read(Map<String, String> keys) {
        return Webhook.read("desk", key -> Optional.ofNullable(keys.get(key)));
    }

    @Test
    void aWebhookWithoutEventsGetsTransitionsAssignmentsAndComments() {
        Webhook webhook = read(Map.of("url", "https://hooks.example.org/imprimatur", "secret", SECRET));

        assertEquals(URI.create("https://hooks.example.org/imprimatur"), webhook.url());
        assertTrue(webhook.wants(ProvenanceEventType.ITEM_APPROVED));
        assertTrue(webhook.wants(ProvenanceEventType.ITEM_ASSIGNED));
        assertTrue(webhook.wants(ProvenanceEventType.COMMENT_ADDED));
        assertFalse(webhook.wants(ProvenanceEventType.CHECK_COMPLETED), "checks are not desk news");
        assertFalse(webhook.toString().contains(SECRET), "the secret never reaches a log");
    }

    @Test
    void eventsNarrowWhatAWebhookGets() {
        Webhook webhook = read(Map.of("url", "http://127.0.0.1:9/hook", "secret", SECRET,
                "events", "item_released, ITEM_WITHDRAWN"));

        assertEquals(Set.of(ProvenanceEventType.ITEM_RELEASED, ProvenanceEventType.ITEM_WITHDRAWN), webhook.events());
    }

    @Test
    void aMistakeNamesTheKey() {
        assertEquals("imprimatur.webhooks.desk.url is not set", assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("secret", SECRET))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("url", "ftp://example.org/x", "secret", SECRET))).getMessage()
                .startsWith("imprimatur.webhooks.desk.url must be an http or https URL"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("url", "https://example.org/x"))).getMessage()
                .startsWith("imprimatur.webhooks.desk.secret is not set"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("url", "https://example.org/x", "secret", "short"))).getMessage()
                .startsWith("imprimatur.webhooks.desk.secret is too short"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("url", "https://example.org/x", "secret", SECRET, "events", "ITEM_EATEN")))
                .getMessage().startsWith("imprimatur.webhooks.desk.events names an unknown event type"));
    }
}
