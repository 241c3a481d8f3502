package org.imprimatur.app.security.oidc;

/** A token was refused; the message says why (expired, wrong audience, bad signature, …) in words for the caller. */
public class InvalidTokenException extends Exception {

    InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
