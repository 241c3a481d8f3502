package org.imprimatur.app.notifications;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one event as a short plain-text e-mail through the configured SMTP server (Jakarta Mail) and says how it
 * went. Never throws for the server's sake: a refusal or a broken connection becomes an {@link AttemptOutcome}.
 */
public final class MailSender {

    private final MailSettings settings;
    private final Session session;

    public MailSender(MailSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(settings.sessionProperties());
    }

    /** Makes one attempt. */
    public AttemptOutcome send(String address, NotificationEvent event) {
        long start = System.nanoTime();
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
            message.setSubject(subject(event), "UTF-8");
            message.setText(text(event), "UTF-8");
            message.setHeader("X-Imprimatur-Event-Id", event.id());
            if (settings.username().isPresent()) {
                Transport.send(message, settings.username().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
            return AttemptOutcome.delivered(Optional.empty(), Duration.ofNanos(System.nanoTime() - start));
        } catch (MessagingException e) {
            return AttemptOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    static String subject(NotificationEvent event) {
        String what = event.type().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "Imprimatur: " + what + " by " + event.actor()
                + event.itemId().map(item -> " (item " + item + ")").orElse("");
    }

    static String text(NotificationEvent event) {
        JsonObject json = event.json();
        StringBuilder text = new StringBuilder()
                .append(subject(event)).append("\n\n")
                .append("Event:        ").append(event.type()).append('\n')
                .append("Item:         ").append(event.itemId().orElse("-")).append('\n')
                .append("Desk:         ").append(event.desk().orElse("-")).append('\n')
                .append("By:           ").append(event.actor()).append('\n')
                .append("At:           ").append(json.getString("time")).append('\n')
                .append("Ledger entry: ").append(json.getJsonNumber("ledgerSeq")).append('\n');
        json.getJsonObject("data").forEach((member, value) ->
                text.append(String.format(Locale.ROOT, "%-14s", member + ":")).append(value).append('\n'));
        return text.append("\nThe ledger entry holds the details; open the item in Imprimatur to act on it.\n")
                .toString();
    }
}
