package org.imprimatur.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
     * dismissed, so that a test can see that none (an injected script's alert) appeared. Downloads are saved, without
     * asking, to {@link #downloads(Path) the folder beside the profile}.
     */
    static ChromeDriver start(Path profile) {
        Path downloads = downloads(profile);
        try {
            Files.createDirectories(profile);
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + profile.toAbsolutePath());
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                // Its log would go to standard output, which the forked test JVM reports its results through.
                .withLogFile(profile.resolveSibling("chromedriver.log").toFile()).build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        // Headless Chromium may ignore the profile's download preferences; the DevTools command it always obeys.
        chromium.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString(), "eventsEnabled", false));
        return chromium;
    }

    /** Where the browser started with {@code profile} saves what it downloads. */
    static Path downloads(Path profile) {
        return profile.resolveSibling(profile.getFileName() + "-downloads");
    }
}
