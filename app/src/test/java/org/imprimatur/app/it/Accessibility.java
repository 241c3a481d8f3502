package org.imprimatur.app.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs Deque's axe-core (from its WebJar on the test class path) in the page a browser shows, with the WCAG 2.1 A and
 * AA rules, and fails on any violation: the web desk's screens aim at WCAG 2.1 AA. The script is put in by WebDriver,
 * which the page's Content-Security-Policy does not apply to; the application never serves it.
 */
final class Accessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/" + System.getProperty(
            "imprimatur.it.axe-core.version") + "/axe.min.js";
    private static final String SOURCE = load();

    private Accessibility() {
    }

    /** Fails, naming each rule broken and where, unless the page as it is now passes every WCAG 2.1 A/AA rule. */
    @SuppressWarnings("unchecked")
    static void assertNoViolations(JavascriptExecutor browser, String screen) {
        browser.executeScript(SOURCE);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(result => done(result.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))),
                        error => done([{id: 'axe-failed', impact: 'critical', help: String(error), targets: []}]));
                """);
        if (!violations.isEmpty()) {
            fail("The " + screen + " screen breaks WCAG 2.1 rules:\n" + violations.stream()
                    .map(v -> "  " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at "
                            + v.get("targets"))
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path at " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
