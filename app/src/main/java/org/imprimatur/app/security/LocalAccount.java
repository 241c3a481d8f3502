package org.imprimatur.app.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user of the embedded sign-in: a name, a salted PBKDF2 hash of the password, roles, and the desks they work on
 * (none named: every desk).
 */
@Entity
@Table(name = "local_account")
public class LocalAccount {

    @Id
    @Column(name = "username", length = 200)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    /** Comma-separated role names. */
    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    /** Comma-separated desk names; {@code null} for every desk. */
    @Column(name = "desks", length = 1000)
    private String desks;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LocalAccount() {
        // for JPA
    }

    LocalAccount(String username, String passwordHash, Set<String> roles, Set<String> desks, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.desks = desks.isEmpty() ? null : String.join(",", new TreeSet<>(desks));
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return split(roles);
    }

    /** The desks this user works on; empty for every desk. */
    public Set<String> desks() {
        return desks == null ? Set.of() : split(desks);
    }

    private static Set<String> split(String names) {
        return Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).collect(Collectors.toSet());
    }
}
