package org.imprimatur.app.startup;

/**
 * Imprimatur cannot start, for a reason the operator can fix (a setting, an unreachable database). The message
 * is the whole story; a stack trace would only bury it, so none is recorded.
 */
public class StartupFailedException extends RuntimeException {

    public StartupFailedException(String message) {
        super(message, null, false, false);
    }
}
