package org.imprimatur.nlp;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One instance made on first use and shared from then on. Unlike a holder class, a failed first attempt (a missing
 * model) is reported to that caller and tried again by the next one, instead of poisoning the class for good.
 */
final class Shared<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T instance;

    Shared(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T result = instance;
        if (result == null) {
            synchronized (this) {
                result = instance;
                if (result == null) {
                    result = Objects.requireNonNull(factory.get(), "factory result");
                    instance = result;
                }
            }
        }
        return result;
    }
}
