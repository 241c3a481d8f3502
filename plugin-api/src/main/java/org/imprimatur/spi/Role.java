package org.imprimatur.spi;

import java.util.Set;

/**
 * The newsroom roles. They are strings because role checks live in {@code @RolesAllowed}, whose values must
 * be constants, and because an identity provider (local accounts, Keycloak) hands them over as group names.
 */
public final class Role {

    /** Drafts with AI and submits items for review. */
    public static final String EDITOR = "editor";
    /** Reviews items and approves or rejects them. */
    public static final String REVIEWER = "reviewer";
    /** Releases approved items. */
    public static final String PUBLISHER = "publisher";
    /** Reads and verifies the provenance ledger. */
    public static final String COMPLIANCE = "compliance";
    /** Runs the installation; holds no editorial powers by virtue of this role. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(EDITOR, REVIEWER, PUBLISHER, COMPLIANCE, ADMIN);

    private Role() {
    }
}
