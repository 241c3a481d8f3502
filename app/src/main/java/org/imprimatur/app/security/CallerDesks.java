package org.imprimatur.app.security;

import java.security.Principal;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Role;

/**
 * The desks the caller may see, the one place that knows where that comes from: a local account's desks, or the
 * multi-valued {@value #CLAIM} claim of a token (Keycloak mode). Editors, reviewers and publishers work on their desks:
 * items of other desks do not exist for them (404, so ids reveal nothing). Compliance officers and administrators
 * oversee the newsroom and see every desk. A caller with no desks named — the demo users, accounts made before desks
 * existed, a token without the claim — works on every desk, so that a newsroom turns desk scoping on account by
 * account.
 */
@RequestScoped
public class CallerDesks {

    /** The token claim that lists a user's desks. */
    public static final String CLAIM = "desks";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocalAccounts accounts;

    private Optional<Set<String>> desks;

    /** The desks the caller is limited to, as normalised desk names; empty when the caller sees every desk. */
    public Optional<Set<String>> limitedTo() {
        if (desks == null) {
            desks = read();
        }
        return desks;
    }

    /** Whether the caller may see items of this desk (a normalised desk name). */
    public boolean sees(String desk) {
        return limitedTo().map(mine -> mine.contains(desk)).orElse(true);
    }

    /**
     * Refuses work the caller would file under a desk they do not work on, where it would vanish from their sight.
     *
     * @param desk the desk as given, {@code null} for the default one
     * @throws ForbiddenException (403) unless the caller works on that desk
     */
    public void requireMember(String desk) {
        String name = ContentItem.deskName(desk);
        if (!sees(name)) {
            throw new ForbiddenException("You work on the desks " + limitedTo().orElseThrow().stream().sorted().toList()
                    + ", not on '" + name + "'" + (desk == null ? " (the default desk); name one of yours" : ""));
        }
    }

    private Optional<Set<String>> read() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || securityContext.isCallerInRole(Role.COMPLIANCE)
                || securityContext.isCallerInRole(Role.ADMIN)) {
            return Optional.empty();
        }
        Set<String> named = principal instanceof JsonWebToken token ? fromClaim(token.getClaim(CLAIM))
                : accounts.desksOf(principal.getName());
        return named.isEmpty() ? Optional.empty() : Optional.of(named);
    }

    /** A claim may come as a JSON array, a collection of strings or one string, depending on the token reader. */
    static Set<String> fromClaim(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).map(CallerDesks::normal)
                    .collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).map(CallerDesks::normal).collect(Collectors.toSet());
        }
        if (claim instanceof JsonString one) {
            return Set.of(normal(one.getString()));
        }
        if (claim instanceof String one && !one.isBlank()) {
            return Set.of(normal(one));
        }
        return Set.of();
    }

    private static String normal(String desk) {
        return desk.strip().toLowerCase(Locale.ROOT);
    }
}
