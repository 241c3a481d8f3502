package org.imprimatur.review.domain;

import java.util.List;

import org.imprimatur.spi.content.ItemId;

/** Where comments on items are kept. */
public interface CommentRepository {

    void add(ItemComment comment);

    /** An item's comments, oldest first. */
    List<ItemComment> comments(ItemId item);
}
