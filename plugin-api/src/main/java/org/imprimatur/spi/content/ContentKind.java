package org.imprimatur.spi.content;

/** What an item is. */
public enum ContentKind {
    ARTICLE,
    IMAGE
}
