package org.imprimatur.checks.originality;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers distinct words from 0 in the order they are first seen, so that texts are compared as arrays of ints.
 * One vocabulary serves the texts of one comparison. Not thread-safe.
 */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();

    /** The id of {@code word}, a new one if it was not seen before; never negative. */
    int id(String word) {
        Integer known = ids.putIfAbsent(word, ids.size());
        return known == null ? ids.size() - 1 : known;
    }
}
