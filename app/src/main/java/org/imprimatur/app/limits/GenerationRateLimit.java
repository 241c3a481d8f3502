package org.imprimatur.app.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.app.rest.Problem;

/**
 * The per-user rate limit on {@link GenerationLimited} endpoints (drafts, images): model calls cost money and
 * worker time, so one user — or one stolen password — cannot flood the queue. Runs after the role check, so it
 * counts signed-in users only, and before the body is read, so malformed requests count too. A refusal is 429 with
 * {@code Retry-After} in seconds.
 */
@Provider
@GenerationLimited
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 10)
public class GenerationRateLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "imprimatur.limits.generation.burst", defaultValue = "20")
    int burst;

    @Inject
    @ConfigProperty(name = "imprimatur.limits.generation.per-minute", defaultValue = "10")
    int perMinute;

    @Inject
    Clock clock;

    private TokenBuckets buckets;

    @PostConstruct
    void createBuckets() {
        buckets = new TokenBuckets(burst, perMinute);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String user = request.getSecurityContext().getUserPrincipal().getName();
        Optional<Duration> wait = buckets.take(user, clock.instant());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            request.abortWith(Response.fromResponse(Problem.of("rate-limited",
                            "Too many generation requests", 429, "You may start " + burst + " generation jobs at once "
                                    + "and then " + perMinute + " a minute; try again in " + seconds + " s")
                            .toResponse())
                    .header("Retry-After", seconds).build());
        }
    }
}
