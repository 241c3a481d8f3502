package org.imprimatur.app.startup;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reports a failure to start as one log line saying what is wrong, then (in the self-contained executable, where
 * {@code imprimatur.exit-on-startup-failure} is set) ends the process before the container buries the line under
 * its own stack traces. On a shared Payara Server only the deployment fails.
 *
 * <p>Static because the first failure can come from the container's connection pool, before CDI is up.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private StartupFailure() {
    }

    /** Marks start-up as done: later failures (a database that goes away) are ordinary errors. */
    static void startupCompleted() {
        STARTED.set(true);
    }

    /** Whether Imprimatur is still starting. */
    public static boolean starting() {
        return !STARTED.get();
    }

    /**
     * Reports that Imprimatur cannot start.
     *
     * @param reason what is wrong, in words an operator can act on
     */
    public static void report(String reason) {
        if (REPORTED.compareAndSet(false, true)) {
            LOG.log(Level.SEVERE, "Imprimatur cannot start: {0}", reason);
        }
        boolean exit = ConfigProvider.getConfig(StartupFailure.class.getClassLoader())
                .getOptionalValue("imprimatur.exit-on-startup-failure", Boolean.class).orElse(false);
        if (exit) {
            System.exit(1);
        }
    }
}
