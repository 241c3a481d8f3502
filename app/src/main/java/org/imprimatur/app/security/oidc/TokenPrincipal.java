package org.imprimatur.app.security.oidc;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;

import com.nimbusds.jwt.JWTClaimsSet;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller a verified Keycloak token names, with every claim of the token. Its name is the user name
 * ({@code preferred_username}, else {@code upn}, else {@code sub}); its groups are the {@code groups} claim, which the
 * realm fills with realm roles. Claims come back with the types MicroProfile JWT gives them: numeric dates as
 * {@code Long} seconds, {@code aud} and {@code groups} as {@code Set<String>}, the other standard string claims as
 * {@code String}, and claims of the realm's own (such as {@code desks}) as JSON-P values, e.g. a {@code JsonArray}.
 */
public final class TokenPrincipal implements JsonWebToken {

    private final String rawToken;
    private final JWTClaimsSet claims;

    TokenPrincipal(String rawToken, JWTClaimsSet claims) {
        this.rawToken = rawToken;
        this.claims = claims;
    }

    @Override
    public String getName() {
        for (String claim : List.of(Claims.preferred_username.name(), Claims.upn.name(), Claims.sub.name())) {
            Object name = claims.getClaim(claim);
            if (name instanceof String value && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    @Override
    public Set<String> getClaimNames() {
        Set<String> names = new LinkedHashSet<>(claims.getClaims().keySet());
        names.add(Claims.raw_token.name());
        return names;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        if (Claims.raw_token.name().equals(name)) {
            return (T) rawToken;
        }
        Object value = claims.getClaim(name);
        if (value == null) {
            return null;
        }
        Class<?> type = standardType(name);
        if (type == Long.class) {
            return (T) (Long) (value instanceof Date date ? date.getTime() / 1000 : ((Number) value).longValue());
        }
        if (type == Set.class) {
            return (T) (value instanceof Collection<?> values
                    ? values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet())
                    : Set.of(String.valueOf(value)));
        }
        if (type == String.class) {
            return (T) String.valueOf(value);
        }
        return (T) Json.createObjectBuilder(Map.of(name, value)).build().get(name);
    }

    /** The Java type MicroProfile JWT gives a standard claim; {@code Object} for the realm's own claims. */
    private static Class<?> standardType(String name) {
        try {
            return Claims.valueOf(name).getType();
        } catch (IllegalArgumentException e) {
            return Object.class;
        }
    }

    /** The realm roles the token carries in {@code groups}. */
    @Override
    public Set<String> getGroups() {
        Set<String> groups = getClaim(Claims.groups.name());
        return groups == null ? Set.of() : groups;
    }

    @Override
    public String toString() {
        return "TokenPrincipal[" + getName() + "]";
    }
}
