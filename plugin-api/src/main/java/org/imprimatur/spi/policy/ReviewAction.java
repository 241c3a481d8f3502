package org.imprimatur.spi.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person can do to an item under review; the wire name is the lower-case constant name. */
public enum ReviewAction {
    APPROVE,
    REQUEST_CHANGES,
    REJECT,
    RELEASE,
    WITHDRAW;

    /** The name used in the REST API and the ledger, e.g. {@code request_changes}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action with this wire name, if there is one. */
    public static Optional<ReviewAction> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(action -> action.wireName().equals(wireName)).findFirst();
    }
}
