package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final LruCache<String, String> cache = new LruCache<>(2, key -> {
        computed.incrementAndGet();
        return new String(key.toUpperCase());
    });

    @Test
    void aValueIsWorkedOutOnceAndKept() {
        String first = cache.get("storm");

        assertSame(first, cache.get(new String("storm")), "an equal key finds the kept value");
        assertEquals("STORM", first);
        assertEquals(1, computed.get());
    }

    @Test
    void itKeepsAtMostItsCapacityForgettingTheLeastRecentlyUsedFirst() {
        String storm = cache.get("storm");
        String harbour = cache.get("harbour");
        cache.get("storm");

        cache.get("ferry");

        assertEquals(2, cache.size());
        assertSame(storm, cache.get("storm"), "used lately, so kept");
        assertEquals(3, computed.get());
        assertEquals(harbour, cache.get("harbour"));
        assertEquals(4, computed.get(), "the least recently used was forgotten and worked out again");
    }

    @Test
    void threadsMissingTheSameKeyAtOnceAreGivenTheSameValue() throws Exception {
        LruCache<Integer, Object> shared = new LruCache<>(1_000, key -> new Object());

        List<Object> values = Concurrently.run(4, 200, () -> shared.get(7));

        assertEquals(1, new HashSet<>(values).size());
    }

    @Test
    void aCacheKeepsAtLeastOneValue() {
        assertThrows(IllegalArgumentException.class, () -> new LruCache<String, String>(0, key -> key));
    }
}
