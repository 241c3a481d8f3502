package org.imprimatur.app.notifications;

/** How a notification travels. */
public enum Channel {
    /** A signed HTTP POST to a configured webhook; the delivery's target is the webhook's name. */
    WEBHOOK,
    /** An e-mail through the configured SMTP server; the delivery's target is the address. */
    EMAIL
}
