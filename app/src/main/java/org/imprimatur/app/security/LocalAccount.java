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

/** A user of the embedded sign-in: a name, a salted PBKDF2 hash of the password, and roles. */
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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LocalAccount() {
        // for JPA
    }

    LocalAccount(String username, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return Arrays.stream(roles.split(",")).filter(role -> !role.isBlank()).collect(Collectors.toSet());
    }
}
