package org.imprimatur.checks.fact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link PassageFacts} of the source passages checked lately, at most a fixed number, the least recently used
 * forgotten first. Passages never change once stored, and their facts depend on their text alone, so the text is the
 * key: an entry can never go stale, and two sources holding the same sentence share it. Kept in memory rather than
 * stored with the passages at ingestion, so that a change to how the signals read a text takes effect without
 * migrating stored data; the first check over new sources pays for reading them, as every check used to.
 *
 * <p><b>Threading:</b> safe to use from several threads at once. The facts are worked out outside the lock, so a slow
 * passage holds up no other thread; two threads missing the same text at once both work it out, and the first to
 * finish is kept.
 */
final class PassageFactsCache {

    private final int capacity;
    private final PartOfSpeechTagger tagger;
    private final Map<String, PassageFacts> byText;

    /**
     * @param capacity how many passages' facts to keep
     * @param tagger   tags a passage when its tags are first asked for
     */
    PassageFactsCache(int capacity, PartOfSpeechTagger tagger) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one passage: " + capacity);
        }
        this.capacity = capacity;
        this.tagger = tagger;
        this.byText = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PassageFacts> eldest) {
                return size() > PassageFactsCache.this.capacity;
            }
        };
    }

    /** The facts of a passage's text, worked out now if they are not kept. */
    PassageFacts of(String text) {
        synchronized (byText) {
            PassageFacts kept = byText.get(text);
            if (kept != null) {
                return kept;
            }
        }
        PassageFacts facts = PassageFacts.of(text, tagger);
        synchronized (byText) {
            PassageFacts kept = byText.putIfAbsent(text, facts);
            return kept != null ? kept : facts;
        }
    }

    /** How many passages' facts are kept now. */
    int size() {
        synchronized (byText) {
            return byText.size();
        }
    }
}
