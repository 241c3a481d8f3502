package org.imprimatur.generation.jobs;

/** Where a generation job stands. */
public enum JobStatus {
    /** Waiting for an instance to claim it. */
    QUEUED,
    /** Claimed; the provider is working. */
    RUNNING,
    /** Done: its item is in review. */
    SUCCEEDED,
    /** Given up, with the reason; no item was created. */
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
