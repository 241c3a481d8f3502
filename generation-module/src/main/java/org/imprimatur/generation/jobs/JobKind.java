package org.imprimatur.generation.jobs;

/** What a generation job makes. */
public enum JobKind {
    /** An article draft from a brief and sources. */
    DRAFT,
    /** An image from a prompt. */
    IMAGE
}
