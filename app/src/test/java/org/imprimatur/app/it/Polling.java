package org.imprimatur.app.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/** Waits for the server to finish background work by asking it again and again, never by sleeping. */
final class Polling {

    private Polling() {
    }

    /**
     * Reads until what is read satisfies {@code done}.
     *
     * @throws AssertionError naming {@code what} and the last answer when {@code deadline} passes first
     */
    static JsonObject until(Supplier<JsonObject> read, Predicate<JsonObject> done, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            JsonObject answer = read.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not happen within " + deadline + ": " + answer);
            }
            Thread.onSpinWait();
        }
    }
}
