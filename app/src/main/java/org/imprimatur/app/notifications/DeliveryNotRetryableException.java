package org.imprimatur.app.notifications;

/** Only a delivery that failed for good can be tried again by hand; one still on its way retries by itself. */
public class DeliveryNotRetryableException extends RuntimeException {

    DeliveryNotRetryableException(String id, DeliveryStatus status) {
        super("Delivery " + id + " is " + status + "; only a FAILED delivery can be retried");
    }
}
