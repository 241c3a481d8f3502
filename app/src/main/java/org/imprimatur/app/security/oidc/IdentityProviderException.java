package org.imprimatur.app.security.oidc;

/**
 * Keycloak could not be asked (unreachable, misconfigured) or refused a request Imprimatur made of it, such as a
 * code exchange. Not the caller's fault, unlike an {@link InvalidTokenException}.
 */
public class IdentityProviderException extends RuntimeException {

    IdentityProviderException(String message) {
        super(message);
    }

    IdentityProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
