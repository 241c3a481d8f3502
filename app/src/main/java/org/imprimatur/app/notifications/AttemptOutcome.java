package org.imprimatur.app.notifications;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one attempt to deliver came to.
 *
 * @param delivered  whether the receiver took it (a 2xx answer, or the SMTP server accepted the message)
 * @param statusCode the receiver's HTTP status, when it answered over HTTP
 * @param error      why it failed, when it did: the status line, or what broke on the way
 * @param duration   how long the attempt took
 */
public record AttemptOutcome(boolean delivered, Optional<Integer> statusCode, Optional<String> error,
                             Duration duration) {

    public AttemptOutcome {
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(duration, "duration");
        if (delivered == error.isPresent()) {
            throw new IllegalArgumentException("An attempt has an error exactly when it failed");
        }
    }

    /** The receiver took it. */
    static AttemptOutcome delivered(Optional<Integer> statusCode, Duration duration) {
        return new AttemptOutcome(true, statusCode, Optional.empty(), duration);
    }

    /** The receiver answered, but not with success. */
    static AttemptOutcome refused(int statusCode, String error, Duration duration) {
        return new AttemptOutcome(false, Optional.of(statusCode), Optional.of(error), duration);
    }

    /** No answer: the connection, the time limit or the configuration failed. */
    static AttemptOutcome failed(String error, Duration duration) {
        return new AttemptOutcome(false, Optional.empty(), Optional.of(error), duration);
    }
}
