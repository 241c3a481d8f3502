package org.imprimatur.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail notifications through a real SMTP server on loopback (GreenMail). */
class MailSenderTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private MailSettings settings(Optional<String> username) {
        return new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "imprimatur@news.example", username,
                username.map(user -> "secret-of-" + user), false, Duration.ofSeconds(5));
    }

    @Test
    void anEventBecomesAPlainTextMailToTheRecipient() throws Exception {
        AttemptOutcome outcome = new MailSender(settings(Optional.empty())).send("local-desk@news.example",
                Events.approved());

        assertTrue(outcome.delivered(), outcome.toString());
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("local-desk@news.example", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("imprimatur@news.example", mail.getFrom()[0].toString());
        assertEquals("Imprimatur: item approved by bob (item " + Events.ITEM + ")", mail.getSubject());
        assertEquals("evt-item_approved", mail.getHeader("X-Imprimatur-Event-Id")[0]);
        String text = GreenMailUtil.getBody(mail);
        assertTrue(text.contains("Desk:         local"), text);
        assertTrue(text.contains("Ledger entry: 42"), text);
        assertFalse(text.contains("council"), "the reviewer's reason stays in the ledger");
    }

    @Test
    void aServerThatWantsALoginGetsTheConfiguredOne() throws Exception {
        smtp.setUser("notifier", "secret-of-notifier");

        AttemptOutcome outcome = new MailSender(settings(Optional.of("notifier"))).send("alice@news.example",
                Events.approved());

        assertTrue(outcome.delivered(), outcome.toString());
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
    }

    @Test
    void anUnreachableServerIsAFailedAttemptWithTheReason() {
        MailSettings settings = settings(Optional.empty());
        smtp.stop();

        AttemptOutcome outcome = new MailSender(settings).send("alice@news.example", Events.approved());

        assertFalse(outcome.delivered());
        assertTrue(outcome.error().orElseThrow().startsWith("MailConnectException"), outcome.error().orElseThrow());
    }
}
