package org.imprimatur.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values worked out from their keys, kept for the next time: at most a fixed number, the least recently used
 * forgotten first. For values that are a function of the key alone (what a model makes of a word, what the fact
 * signals read from a passage's text), so that a kept value can never be stale.
 *
 * <p><b>Threading:</b> safe to use from several threads at once. Values are worked out outside the lock, so a slow one
 * holds up no other thread; two threads missing the same key at once both work it out, and the first to finish is
 * kept and given to both.
 *
 * @param <K> the key: its {@code equals} and {@code hashCode} must say when two keys give the same value
 * @param <V> the value, which must be safe to share between threads (immutable, ideally)
 */
public final class LruCache<K, V> {

    private final int capacity;
    private final Function<? super K, ? extends V> compute;
    private final Map<K, V> kept;

    /**
     * @param capacity how many values to keep, at least one
     * @param compute  works a value out from its key; must not return null
     */
    public LruCache(int capacity, Function<? super K, ? extends V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache keeps at least one value: " + capacity);
        }
        this.capacity = capacity;
        this.compute = Objects.requireNonNull(compute, "compute");
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    /** The value for {@code key}, worked out now if it is not kept. */
    public V get(K key) {
        synchronized (kept) {
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = Objects.requireNonNull(compute.apply(key), "computed value");
        synchronized (kept) {
            V first = kept.putIfAbsent(key, value);
            return first != null ? first : value;
        }
    }

    /** How many values are kept now. */
    public int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
