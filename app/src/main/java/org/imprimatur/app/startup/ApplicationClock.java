package org.imprimatur.app.startup;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock every module tells time by: UTC, so that stored times never depend on the server's zone. */
@ApplicationScoped
public class ApplicationClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
