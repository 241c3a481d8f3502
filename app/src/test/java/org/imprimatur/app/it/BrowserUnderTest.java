package org.imprimatur.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver, which the admin UI's tests drive. Both are given by path, so that
 * Selenium Manager never downloads a browser or driver. Without them the tests are reported as skipped, unless the
 * environment variable {@code CI} is {@code true} (as {@code .ci/run}, which installs them, sets), when the run fails.
 */
public final class BrowserUnderTest implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String reason = "No " + CHROMIUM + " or " + CHROMEDRIVER + "; install Debian's chromium and chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    /**
     * A fresh headless Chromium with a profile of its own in {@code profile}. Dialogs are left open rather than
     * dismissed, so that a test can see that none (an injected script's alert) appeared.
     */
    static ChromeDriver start(Path profile) {
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + profile.toAbsolutePath());
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                // Its log would go to standard output, which the forked test JVM reports its results through.
                .withLogFile(profile.resolveSibling("chromedriver.log").toFile()).build();
        return new ChromeDriver(service, options);
    }
}
