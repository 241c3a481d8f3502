package org.imprimatur.generation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class InertTextTest {

    /** What a browser would run or load: a tag, an event handler attribute, a javascript: URL. */
    private static final Pattern ACTIVE = Pattern.compile("<\\s*[a-z!/?]|on[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyPayloadOfTheListComesOutWithoutMarkup() throws IOException {
        List<String> payloads = payloads();
        assertTrue(payloads.size() >= 20, "the list is read");
        for (String payload : payloads) {
            String inert = InertText.of(payload);
            assertFalse(ACTIVE.matcher(inert).find(), payload + " -> " + inert);
            assertEquals(inert, InertText.of(inert), "sanitising is idempotent for " + payload);
        }
    }

    @Test
    void plainTextStaysAsWrittenSoThatOffsetsIntoItHold() {
        String text = "AT&T said 1 < 2 and 3 > 2.\nThe \"bridge\" costs €4 & more; 'quoted' <3 too.";
        assertEquals(text, InertText.of(text));
        assertTrue(InertText.isInert(text));
    }

    @Test
    void markupGoesButItsTextStays() {
        assertEquals("Bridge reopens", InertText.of("<b>Bridge</b> reopens<script>alert(1)</script>"));
        assertFalse(InertText.isInert("<img src=x onerror=alert(1)>"));
    }

    @Test
    void anEscapedTagDoesNotComeBackToLife() {
        String inert = InertText.of("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertFalse(inert.toLowerCase(Locale.ROOT).contains("<script"), inert);
    }

    @Test
    void nullStaysNull() {
        assertNull(InertText.of(null));
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = InertTextTest.class.getResourceAsStream("xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
