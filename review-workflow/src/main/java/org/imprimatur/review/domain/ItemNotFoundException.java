package org.imprimatur.review.domain;

/** No content item has the id asked for. */
public class ItemNotFoundException extends RuntimeException {

    /**
     * @param id the id as the caller gave it, which need not even be well-formed
     */
    public ItemNotFoundException(String id) {
        super("No content item has the id '" + id + "'");
    }
}
