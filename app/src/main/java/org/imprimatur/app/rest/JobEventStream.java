package org.imprimatur.app.rest;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.generation.jobs.GenerationJob;
import org.imprimatur.generation.jobs.GenerationJobs;

/**
 * Streams a job's progress as server-sent events. Progress lives in the database, because any instance may be
 * running the job; each stream reads it at a short interval and sends what changed.
 */
@ApplicationScoped
public class JobEventStream {

    private static final Logger LOG = Logger.getLogger(JobEventStream.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private GenerationJobs jobs;

    @Inject
    @ConfigProperty(name = "imprimatur.jobs.events.interval", defaultValue = "PT0.25S")
    private Duration interval;

    @Inject
    @ConfigProperty(name = "imprimatur.jobs.lease", defaultValue = "PT15M")
    private Duration longest;

    /** Sends the job's state now and on every change, until it finishes, the client leaves, or the lease ends. */
    void follow(String jobId, SseEventSink sink, Sse sse) {
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Follower follower = new Follower(jobId, sink, sse, System.nanoTime() + longest.toNanos(), task);
        task.set(scheduler.scheduleWithFixedDelay(follower, 0, interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    private final class Follower implements Runnable {

        private final String jobId;
        private final SseEventSink sink;
        private final Sse sse;
        private final long deadline;
        private final AtomicReference<ScheduledFuture<?>> task;
        private String lastSent;
        private long sequence;

        Follower(String jobId, SseEventSink sink, Sse sse, long deadline, AtomicReference<ScheduledFuture<?>> task) {
            this.jobId = jobId;
            this.sink = sink;
            this.sse = sse;
            this.deadline = deadline;
            this.task = task;
        }

        @Override
        public void run() {
            try {
                if (sink.isClosed() || System.nanoTime() > deadline) {
                    stop();
                    return;
                }
                GenerationJob job = jobs.find(jobId);
                String data = JSONB.toJson(JobDocument.of(job));
                if (!data.equals(lastSent)) {
                    lastSent = data;
                    sink.send(sse.newEventBuilder().name("progress").id(Long.toString(++sequence))
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
                }
                if (job.status().finished()) {
                    stop();
                }
            } catch (RuntimeException e) {
                // A scheduled task that throws is never run again, and the client would wait forever.
                LOG.log(Level.WARNING, "Could not stream the progress of job " + jobId + ": " + e.getMessage(), e);
                stop();
            }
        }

        private void stop() {
            ScheduledFuture<?> scheduled = task.get();
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            sink.close();
        }
    }
}
