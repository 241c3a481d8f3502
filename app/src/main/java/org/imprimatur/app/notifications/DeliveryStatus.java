package org.imprimatur.app.notifications;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt, which is due at the delivery's {@code nextAttemptAt}. */
    PENDING,
    /** An instance claimed it and is sending it now. */
    SENDING,
    /** The receiver took it. */
    DELIVERED,
    /** Every attempt failed; an admin may try it again. */
    FAILED
}
