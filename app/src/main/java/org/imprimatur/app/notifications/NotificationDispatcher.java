package org.imprimatur.app.notifications;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.generation.jobs.WorkerPool;

/**
 * Sends due deliveries on this instance's managed threads, at most {@code imprimatur.notifications.workers} at a
 * time. A committed change that wrote deliveries wakes it at once; a failed attempt schedules a wake-up for when
 * it is due again; a periodic poll picks up deliveries written on other instances or left by one that stopped.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private DeliveryClaims claims;

    @Inject
    private NotificationSettings settings;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimatur.notifications.workers", defaultValue = "2")
    private int workers;

    @Inject
    @ConfigProperty(name = "imprimatur.notifications.poll-interval", defaultValue = "PT10S")
    private Duration pollInterval;

    @Inject
    @ConfigProperty(name = "imprimatur.notifications.lease", defaultValue = "PT5M")
    private Duration lease;

    // Names this instance in claimed rows, so an operator can tell which instance sent what.
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private WorkerPool pool;
    private volatile WebhookSender webhooks;
    private volatile Optional<MailSender> mail;
    private ScheduledFuture<?> poll;

    @PostConstruct
    void createPool() {
        pool = new WorkerPool("notification", executor, workers, this::deliverNext);
    }

    /** Starts sending; {@link NotificationSettings#load()} must have succeeded. */
    public synchronized void start() {
        webhooks = new WebhookSender(settings.timeout(), clock);
        mail = settings.mail().map(MailSender::new);
        poll = pool.pollEvery(scheduler, pollInterval, () -> claims.requeueAbandoned(lease));
    }

    /** Deliveries may be due: make sure workers are looking. */
    public void wake() {
        // Before start() there is nothing to send with; start()'s first poll finds what was written until then.
        if (webhooks != null) {
            pool.wake();
        }
    }

    private boolean deliverNext() {
        Optional<DeliveryClaims.Claimed> claimed = claims.claimNext(instance);
        claimed.ifPresent(delivery -> {
            AttemptOutcome outcome = send(delivery);
            claims.recordAttempt(delivery.id(), outcome, settings.retries()).ifPresent(this::wakeAt);
        });
        return claimed.isPresent();
    }

    private AttemptOutcome send(DeliveryClaims.Claimed delivery) {
        try {
            return sendBy(delivery.channel(), delivery);
        } catch (RuntimeException e) {
            // The senders turn every failure on the wire into an outcome; this is a bug, but the delivery must not
            // stay SENDING until its lease runs out, and the log should say what happened.
            LOG.log(Level.WARNING, "Sending notification " + delivery.id() + " failed unexpectedly", e);
            return AttemptOutcome.failed(e.toString(), Duration.ZERO);
        }
    }

    private AttemptOutcome sendBy(Channel channel, DeliveryClaims.Claimed delivery) {
        return switch (channel) {
            case WEBHOOK -> settings.webhook(delivery.target())
                    .map(webhook -> webhooks.send(webhook, delivery.event()))
                    .orElseGet(() -> AttemptOutcome.failed("webhook " + delivery.target()
                            + " is no longer configured", Duration.ZERO));
            case EMAIL -> mail.map(sender -> sender.send(delivery.target(), delivery.event()))
                    .orElseGet(() -> AttemptOutcome.failed("e-mail is no longer configured (imprimatur.mail.host)",
                            Duration.ZERO));
        };
    }

    /** A retry is due at {@code due}: wake then, rather than at the next poll. */
    private void wakeAt(Instant due) {
        long millis = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        scheduler.schedule(this::wake, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }
}
