package org.imprimatur.generation.jobs;

/** What a job does: make content, or check it. */
public enum JobKind {
    /** An article draft from a brief and sources. */
    DRAFT,
    /** An image from a prompt. */
    IMAGE,
    /** The automatic checks on a revision that entered review. */
    CHECK
}
