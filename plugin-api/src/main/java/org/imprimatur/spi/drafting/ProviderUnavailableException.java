package org.imprimatur.spi.drafting;

/**
 * The provider could not answer now (unreachable, overloaded, rate-limited, timed out): trying again later may
 * succeed, so callers retry these and only these.
 */
public class ProviderUnavailableException extends DraftingException {

    public ProviderUnavailableException(String message) {
        super(message);
    }

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
