package org.imprimatur.app.notifications;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imprimatur.spi.provenance.ProvenanceEventType;

/**
 * One configured webhook: where events go, the secret that signs them, and which events it wants.
 *
 * @param name   its name in the configuration ({@code imprimatur.webhooks.<name>.*}) and in the delivery log
 * @param url    an http or https URL that receives a POST per event
 * @param secret the shared secret of the HMAC signature
 * @param events the ledger event types it receives
 */
public record Webhook(String name, URI url, String secret, Set<ProvenanceEventType> events) {

    /** The review workflow's transitions: an item entering review, or changing state in it. */
    public static final Set<ProvenanceEventType> TRANSITIONS = Set.copyOf(EnumSet.of(
            ProvenanceEventType.ITEM_SUBMITTED, ProvenanceEventType.ITEM_REVISED,
            ProvenanceEventType.ITEM_CHANGES_REQUESTED, ProvenanceEventType.ITEM_APPROVED,
            ProvenanceEventType.ITEM_REJECTED, ProvenanceEventType.ITEM_RELEASED, ProvenanceEventType.ITEM_WITHDRAWN));

    /**
     * What a webhook receives unless its {@code events} say otherwise: the transitions, assignments, and comments
     * (which carry mentions).
     */
    public static final Set<ProvenanceEventType> DEFAULT_EVENTS = Stream.concat(TRANSITIONS.stream(),
                    Stream.of(ProvenanceEventType.ITEM_ASSIGNED, ProvenanceEventType.ITEM_UNASSIGNED,
                            ProvenanceEventType.COMMENT_ADDED))
            .collect(Collectors.toUnmodifiableSet());

    public Webhook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        events = Set.copyOf(events);
    }

    /**
     * Reads webhook {@code name} from configuration keys relative to {@code imprimatur.webhooks.<name>.}:
     * {@code url} (required, http or https), {@code secret} (required, at least 16 characters) and {@code events}
     * (optional, a comma-separated list of ledger event types).
     *
     * @param key the configuration, by key relative to the webhook
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static Webhook read(String name, Function<String, Optional<String>> key) {
        String prefix = "imprimatur.webhooks." + name + ".";
        String url = key.apply("url").orElseThrow(() -> new IllegalArgumentException(prefix + "url is not set"));
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "url is not a URL: " + url, e);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(prefix + "url must be an http or https URL, not " + url);
        }
        String secret = key.apply("secret").orElseThrow(() -> new IllegalArgumentException(prefix
                + "secret is not set: every webhook request is signed"));
        if (secret.length() < 16) {
            throw new IllegalArgumentException(prefix + "secret is too short to sign with: use 16 characters or more");
        }
        Set<ProvenanceEventType> events = key.apply("events").map(list -> events(prefix, list))
                .orElse(DEFAULT_EVENTS);
        return new Webhook(name, uri, secret, events);
    }

    private static Set<ProvenanceEventType> events(String prefix, String list) {
        try {
            return Arrays.stream(list.split(",")).map(String::strip).filter(type -> !type.isEmpty())
                    .map(type -> ProvenanceEventType.valueOf(type.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "events names an unknown event type in '" + list
                    + "'; the types are " + Arrays.toString(ProvenanceEventType.values()), e);
        }
    }

    /** Whether this webhook receives events of this type. */
    public boolean wants(ProvenanceEventType type) {
        return events.contains(type);
    }

    @Override
    public String toString() {
        // Never the secret: records print every component.
        return "Webhook[" + name + " -> " + url + ", " + events.size() + " event type(s)]";
    }
}
