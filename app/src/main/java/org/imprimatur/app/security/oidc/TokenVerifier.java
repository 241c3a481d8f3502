package org.imprimatur.app.security.oidc;

import java.text.ParseException;
import java.time.Duration;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Accepts a token only as MicroProfile JWT would: signed (never {@code alg: none}) with an asymmetric algorithm by a
 * key of the realm's key set, from the expected issuer, naming the expected audience, not expired (give or take the
 * allowed clock skew), and of the expected Keycloak token type ({@code typ: Bearer} for access tokens, {@code ID} for
 * ID tokens, so that one cannot stand in for the other). Thread-safe.
 */
public final class TokenVerifier {

    /** The signatures Keycloak realms use; HMAC is left out, as the realm's key set never publishes its secrets. */
    static final Set<JWSAlgorithm> SIGNATURES = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * @param keys     the realm's signing keys (in production its JWKS, fetched and cached)
     * @param issuer   the exact {@code iss}
     * @param audience a value {@code aud} must contain
     * @param type     the exact Keycloak {@code typ} claim
     * @param skew     how far the clocks of Keycloak and Imprimatur may differ: a token is taken until this long
     *                 after its {@code exp}
     */
    public TokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, String type, Duration skew) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", type).build(), Set.of("exp", "sub"));
        claims.setMaxClockSkew((int) skew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** @throws InvalidTokenException when the token is malformed, unsigned, badly signed or its claims do not hold */
    public TokenPrincipal verify(String token) throws InvalidTokenException {
        try {
            return new TokenPrincipal(token, processor.process(token, null));
        } catch (ParseException e) {
            throw new InvalidTokenException("The token is not a JWT", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        }
    }
}
