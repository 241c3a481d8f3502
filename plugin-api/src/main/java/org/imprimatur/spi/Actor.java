package org.imprimatur.spi;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person or API client acting on Imprimatur, as the identity provider described them.
 *
 * @param name  the stable user name (the principal name), recorded in the ledger
 * @param roles the roles held, see {@link Role}
 */
public record Actor(String name, Set<String> roles) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name");
        }
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
