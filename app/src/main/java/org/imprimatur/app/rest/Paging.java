package org.imprimatur.app.rest;

import java.util.List;

/**
 * The {@code page} (from 0) and {@code size} of a listing. One more row than the page holds is fetched, which
 * tells whether another page follows.
 */
record Paging(int page, int size) {

    static final int MAX_SIZE = 500;

    /**
     * @throws InvalidRequestException (422) unless page is 0 or more and size between 1 and {@value #MAX_SIZE}
     */
    Paging {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw InvalidRequestException.unprocessable("page must be 0 or more and size between 1 and "
                    + MAX_SIZE + ", not page=" + page + ", size=" + size);
        }
    }

    int offset() {
        return Math.multiplyExact(page, size);
    }

    /** How many rows to fetch: one more than the page holds. */
    int fetch() {
        return size + 1;
    }

    /** Whether another page follows what was fetched. */
    boolean more(List<?> fetched) {
        return fetched.size() > size;
    }

    /** The rows of this page among those fetched. */
    <T> List<T> rows(List<T> fetched) {
        return fetched.stream().limit(size).toList();
    }
}
