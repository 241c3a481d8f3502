package org.imprimatur.spi.content;

import java.util.Objects;
import java.util.UUID;

/** Identifies a content item; a random UUID so that ids reveal nothing and never collide across instances. */
public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ItemId random() {
        return new ItemId(UUID.randomUUID());
    }

    /**
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static ItemId parse(String text) {
        return new ItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
