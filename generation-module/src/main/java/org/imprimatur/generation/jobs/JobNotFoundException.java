package org.imprimatur.generation.jobs;

/** No generation job has this id. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String jobId) {
        super("There is no generation job " + jobId);
    }
}
