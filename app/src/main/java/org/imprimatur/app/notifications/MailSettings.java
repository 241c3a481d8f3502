package org.imprimatur.app.notifications;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the SMTP server that sends Imprimatur's e-mail ({@code imprimatur.mail.*}).
 *
 * @param host     the SMTP server
 * @param port     its port (25, or 587 for submission with STARTTLS)
 * @param from     the sender address
 * @param username who to log in as, if the server wants a login
 * @param password the login's password
 * @param startTls whether to require STARTTLS before sending anything, credentials included
 * @param timeout  how long connecting, and each exchange, may take
 */
public record MailSettings(String host, int port, String from, Optional<String> username, Optional<String> password,
                           boolean startTls, Duration timeout) {

    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The Jakarta Mail session properties these settings stand for. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.from", from);
        properties.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        return properties;
    }

    @Override
    public String toString() {
        // Never the password: records print every component.
        return "MailSettings[" + host + ":" + port + ", from " + from + username.map(user -> ", as " + user).orElse("")
                + (startTls ? ", STARTTLS" : "") + "]";
    }
}
