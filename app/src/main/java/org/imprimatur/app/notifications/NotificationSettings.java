package org.imprimatur.app.notifications;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * Where notifications go, read from MicroProfile Config once: the webhooks named by {@code imprimatur.webhooks},
 * the retry schedule, and the optional SMTP server with its recipients. Named keys are read one by one (not
 * discovered by listing property names), so environment variables such as {@code IMPRIMATUR_WEBHOOKS_DESK_URL}
 * work like any other source.
 */
@ApplicationScoped
public class NotificationSettings {

    // Names become parts of configuration keys and environment variable names.
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    @Inject
    private Config config;

    private volatile Loaded loaded;

    private record Loaded(List<Webhook> webhooks, RetrySchedule retries, Duration timeout,
                          Optional<MailSettings> mail) {
    }

    /**
     * Reads and checks the configuration, if that has not happened yet. Start-up calls it first, so that a mistake
     * stops the application with a message rather than failing the first transition.
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public void load() {
        loaded();
    }

    /** The configured webhooks, in the order {@code imprimatur.webhooks} names them. */
    public List<Webhook> webhooks() {
        return loaded().webhooks();
    }

    /** The webhook with this name, if it is (still) configured. */
    public Optional<Webhook> webhook(String name) {
        return webhooks().stream().filter(webhook -> webhook.name().equals(name)).findFirst();
    }

    /** When failed deliveries are tried again. */
    public RetrySchedule retries() {
        return loaded().retries();
    }

    /** How long one webhook request may take, connecting included. */
    public Duration timeout() {
        return loaded().timeout();
    }

    /** The SMTP server, when e-mail is on ({@code imprimatur.mail.host} is set). */
    public Optional<MailSettings> mail() {
        return loaded().mail();
    }

    /** The e-mail address of a user ({@code imprimatur.mail.users.<user>}), if one is configured. */
    public Optional<String> addressOf(String user) {
        return NAME.matcher(user).matches() ? value("imprimatur.mail.users." + user) : Optional.empty();
    }

    /** Who hears of transitions on a desk ({@code imprimatur.desk.<desk>.notify}, comma-separated addresses). */
    public Set<String> deskRecipients(String desk) {
        return value("imprimatur.desk." + desk + ".notify").map(NotificationSettings::list).orElse(Set.of());
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = read();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded read() {
        List<Webhook> webhooks = value("imprimatur.webhooks").map(NotificationSettings::list).orElse(Set.of())
                .stream().map(this::readWebhook).toList();
        RetrySchedule retries = new RetrySchedule(duration("imprimatur.notifications.first-retry", "PT30S"),
                duration("imprimatur.notifications.max-retry-delay", "PT1H"),
                config.getOptionalValue("imprimatur.notifications.max-attempts", Integer.class).orElse(8));
        Duration timeout = duration("imprimatur.notifications.timeout", "PT10S");
        Optional<MailSettings> mail = value("imprimatur.mail.host").map(host -> new MailSettings(host,
                config.getOptionalValue("imprimatur.mail.port", Integer.class).orElse(25),
                value("imprimatur.mail.from").orElseThrow(() -> new IllegalArgumentException(
                        "imprimatur.mail.from is not set: e-mail needs a sender address")),
                value("imprimatur.mail.username"), value("imprimatur.mail.password"),
                config.getOptionalValue("imprimatur.mail.starttls", Boolean.class).orElse(false), timeout));
        return new Loaded(webhooks, retries, timeout, mail);
    }

    private Webhook readWebhook(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("imprimatur.webhooks names '" + name + "'; a webhook's name is "
                    + "lower-case letters, digits, '-' and '_'");
        }
        return Webhook.read(name, key -> value("imprimatur.webhooks." + name + "." + key));
    }

    private Duration duration(String key, String fallback) {
        String text = value(key).orElse(fallback);
        try {
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT30S, not " + text, e);
        }
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static Set<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
