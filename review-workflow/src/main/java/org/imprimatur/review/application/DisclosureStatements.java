package org.imprimatur.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * The disclosure line a desk shows when the publisher writes none:
 * {@code imprimatur.desk.<desk>.disclosure.statement}, else {@code imprimatur.disclosure.statement}, else
 * {@link #DEFAULT}.
 */
@ApplicationScoped
public class DisclosureStatements {

    /** What readers are told when nobody configured anything. */
    public static final String DEFAULT = "This content was generated with the help of artificial intelligence and "
            + "reviewed by our editors, who take editorial responsibility for it.";

    @Inject
    private Config config;

    /** The statement for items of this desk. */
    public String forDesk(String desk) {
        return config.getOptionalValue("imprimatur.desk." + desk + ".disclosure.statement", String.class)
                .or(() -> config.getOptionalValue("imprimatur.disclosure.statement", String.class))
                .filter(statement -> !statement.isBlank())
                .orElse(DEFAULT);
    }
}
