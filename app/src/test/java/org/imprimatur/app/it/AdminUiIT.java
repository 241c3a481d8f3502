package org.imprimatur.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.imprimatur.app.it.Api.Answer;
import org.imprimatur.spi.provenance.ProvenanceEventType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web desk in a real browser (headless Chromium) against the real WAR, in the local sign-in mode: an editor
 * drafts from uploaded sources and follows the job to the draft; a reviewer finds it in the queue, sees its claims
 * coloured by verdict with their evidence and resolves a finding; a user who is editor and reviewer is refused
 * approving their own item, in plain words; a compliance officer searches and verifies the ledger, reads an item's
 * dossier and downloads it as JSON and PDF, and sees the dashboard's charts draw what the API counts; and markup in a
 * file's name or text never runs. Each screen is saved to docs/screenshots/ for the README.
 */
@ExtendWith({DatabaseUnderTest.class, BrowserUnderTest.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUiIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    /** Would mark the page and open a dialog if any page ever ran it. */
    private static final String PAYLOAD = "<img src=x id=injected onerror=\"alert('xss')\">";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("imprimatur.it.war")));
    }

    @ArquillianResource
    private URL deployment;
    /**
     * The deployment on loopback: tests talk to loopback only, and there browsers send Fetch Metadata
     * ({@code Sec-Fetch-Site}), the check the server reads first.
     */
    private String base;

    @TempDir
    static Path work;

    private OutsideWorld world;
    private ChromeDriver browser;
    /** Where the browser saves downloads. */
    private Path downloads;
    private WebDriverWait wait;
    private Api api;
    /** A desk of this run's own, so that items of earlier runs on the same database stay out of its queue. */
    private final String desk = "ui-" + Users.RUN;

    @BeforeAll
    void openTheOutsideWorldAndTheBrowser() throws IOException {
        // The build points the optional moderation check at it; without it every revision gets a high finding.
        world = new OutsideWorld(OutsideWorld.port());
        Path profile = work.resolve("chromium-profile");
        browser = BrowserUnderTest.start(profile);
        downloads = BrowserUnderTest.downloads(profile);
        wait = new WebDriverWait(browser, DEADLINE);
    }

    @AfterAll
    void closeTheBrowserAndTheOutsideWorld() {
        if (browser != null) {
            browser.quit();
        }
        world.close();
    }

    @BeforeEach
    void connect() throws MalformedURLException {
        base = new URL("http", "127.0.0.1", deployment.getPort(), deployment.getPath()).toString();
        api = new Api(deployment);
        browser.manage().deleteAllCookies();
    }

    @Test
    void anEditorDraftsFromUploadedSourcesFollowsTheJobAndSeesTheDraft() throws IOException {
        signIn(Users.EDITOR);
        wait.until(ExpectedConditions.urlContains("editor.html"));
        waitForShell(Users.EDITOR);
        Path release = resource("council-release.txt");
        Path hostile = work.resolve(PAYLOAD + ".txt");
        Files.writeString(hostile, "Riverton notes " + Users.RUN + ". " + PAYLOAD + " The bridge stays closed until"
                + " the repairs are finished, the council said.", StandardCharsets.UTF_8);
        browser.findElement(By.id("files")).sendKeys(release.toAbsolutePath() + "\n" + hostile.toAbsolutePath());
        wait.until(driver -> driver.findElements(By.cssSelector("#uploads li.ok")).size() == 2);
        List<WebElement> uploads = browser.findElements(By.cssSelector("#uploads li"));
        assertTrue(uploads.get(0).getText().contains("sentences"), uploads.get(0).getText());
        assertEquals("100", uploads.get(0).findElement(By.tagName("progress")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("uploads")).getText().contains(PAYLOAD),
                "the hostile file name is shown as text");
        assertNothingInjected();
        // A file dropped on the zone, as a browser delivers it (WebDriver cannot drag from the desktop).
        browser.executeScript("""
                const data = new DataTransfer();
                data.items.add(new File([arguments[0]], 'dropped-notes.txt', {type: 'text/plain'}));
                document.getElementById('drop-zone').dispatchEvent(
                        new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
                """, "Notes dropped in " + Users.RUN + ". The council meets again in March to vote on the bridge.");
        wait.until(driver -> driver.findElements(By.cssSelector("#uploads li.ok")).size() == 3);
        assertTrue(browser.findElement(By.id("uploads")).getText().contains("dropped-notes.txt"));

        browser.findElement(By.id("topic")).sendKeys("Riverton budget vote");
        browser.findElement(By.id("angle")).sendKeys("the Old Mill Bridge");
        WebElement deskField = browser.findElement(By.id("desk"));
        deskField.clear();
        deskField.sendKeys(desk);
        assertEquals("grounded", new Select(browser.findElement(By.id("provider"))).getFirstSelectedOption()
                .getAttribute("value"));
        screenshot("editor-new-draft");
        browser.findElement(By.id("start-draft")).click();
        WebElement draft = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-link")));
        assertEquals("100", browser.findElement(By.id("job-progress")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("job-status")).getText().contains("ready"));
        wait.until(driver -> driver.findElement(By.id("my-items")).getText().contains(desk));
        screenshot("editor-draft-ready");
        assertNothingInjected();

        draft.click();
        wait.until(ExpectedConditions.urlContains("item.html"));
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("body")));
        wait.until(driver -> !body.getText().isBlank());
        assertTrue(browser.findElement(By.id("facts")).getText().contains("in review"));
        assertTrue(browser.findElement(By.id("decision")).getAttribute("hidden") != null,
                "an editor is not offered the reviewers' decision");
        assertNothingInjected();
        signOut();
    }

    @Test
    void aReviewerSeesTheQueueTheClaimsByVerdictAndResolvesAFinding() throws IOException {
        Path release = resource("council-release.txt");
        Answer source = api.postForm("api/v1/sources", Users.EDITOR, release.getFileName().toString(),
                () -> open(release), Map.of());
        assertTrue(source.status() == 201 || source.status() == 200, source.raw().body());
        String id = submitted(Users.EDITOR, "Bridge repairs approved " + Users.RUN, source.json().getString("id"));
        checked(id);

        signIn(Users.REVIEWER);
        wait.until(ExpectedConditions.urlContains("queue.html"));
        waitForShell(Users.REVIEWER);
        WebElement deskFilter = browser.findElement(By.id("desk"));
        deskFilter.sendKeys(desk);
        deskFilter.submit();
        wait.until(ExpectedConditions.urlContains("desk=" + desk));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("desk"), "value", desk));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#queue tr[data-item-id='" + id + "']")));
        assertTrue(row.getText().contains("in review"), row.getText());
        assertTrue(row.getText().contains(Users.EDITOR), row.getText());
        screenshot("reviewer-queue");

        row.findElement(By.tagName("a")).click();
        WebElement claim = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body mark.claim")));
        assertTrue(List.of("SUPPORTED", "CONTRADICTED", "UNVERIFIABLE").stream()
                .anyMatch(verdict -> claim.getAttribute("class").contains(verdict)), claim.getAttribute("class"));
        claim.click();
        wait.until(driver -> driver.findElement(By.id("evidence")).getText().startsWith("Claim"));
        screenshot("reviewer-review");

        WebElement open = browser.findElement(By.cssSelector("#findings li.OPEN"));
        String findingId = open.getAttribute("data-finding-id");
        new Select(open.findElement(By.cssSelector("select.resolution"))).selectByValue("overridden");
        open.findElement(By.cssSelector("input.reason")).sendKeys("Checked against the council minutes by phone");
        open.findElement(By.cssSelector("form.resolve button")).click();
        WebElement resolved = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#findings li.OVERRIDDEN[data-finding-id='" + findingId + "']")));
        assertTrue(resolved.getText().contains("overridden by " + Users.REVIEWER), resolved.getText());
        screenshot("reviewer-finding-resolved");
        JsonObject finding = api.get("api/v1/items/" + id, Users.REVIEWER).json().getJsonArray("findings")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("id").equals(findingId))
                .findFirst().orElseThrow();
        assertEquals("OVERRIDDEN", finding.getString("status"));

        // "Take the next item" assigns the reviewer the desk's longest-waiting item and opens it.
        browser.get(base + "queue.html?state=IN_REVIEW&desk=" + desk);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue tr")));
        browser.findElement(By.id("next-item")).click();
        wait.until(ExpectedConditions.urlContains("item.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "assigned to " + Users.REVIEWER));
        signOut();
    }

    @Test
    void anEditorWhoReviewsIsRefusedApprovingTheirOwnItemInPlainWords() {
        String eve = Users.created("ui-eve");
        Answer created = api.post("api/v1/accounts", Users.ADMIN, Json.createObjectBuilder()
                .add("username", eve).add("password", Users.passwordOf(eve))
                .add("roles", Json.createArrayBuilder(List.of("editor", "reviewer"))).build());
        assertEquals(201, created.status(), created.raw().body());
        String id = submitted(eve, "Eve's own story " + Users.RUN, "none");

        signIn(eve);
        waitForShell(eve);
        wait.until(driver -> driver.findElements(By.cssSelector("#screens a")).size() == 2);
        screenshot("home");
        browser.get(base + "item.html?id=" + id);
        WebElement approve = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve")));
        approve.click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages.error")));
        assertTrue(message.getText().startsWith("Someone else must do this"), message.getText());
        assertEquals("polite", message.getAttribute("aria-live"));
        assertEquals("IN_REVIEW", api.get("api/v1/items/" + id, Users.REVIEWER).json().getString("state"));
        screenshot("four-eyes-refusal");
        signOut();
    }

    @Test
    void aScreenForOtherRolesSaysSoAndAnonymousVisitorsAreSentToSignIn() {
        browser.get(base + "queue.html");
        wait.until(ExpectedConditions.urlContains("login.html"));
        signIn(Users.PUBLISHER);
        waitForShell(Users.PUBLISHER);
        assertTrue(browser.findElement(By.id("nothing-yet")).isDisplayed());
        browser.get(base + "queue.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not for your role"));
        assertTrue(browser.findElements(By.id("queue")).isEmpty(), "nothing of the queue is shown");
        signOut();
    }

    @Test
    void aComplianceOfficerVerifiesTheLedgerAndDownloadsTheDossier() throws IOException {
        String title = "Ledger audit " + Users.RUN;
        String id = submitted(Users.EDITOR, title, "none");
        checked(id);

        signIn(Users.COMPLIANCE);
        waitForShell(Users.COMPLIANCE);
        wait.until(driver -> driver.findElements(By.cssSelector("#screens a")).size() == 2);
        browser.findElement(By.linkText("Audit")).click();
        wait.until(ExpectedConditions.urlContains("audit.html"));
        Select type = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("type"))));
        assertEquals(Arrays.stream(ProvenanceEventType.values()).map(Enum::name).toList(),
                type.getOptions().stream().map(option -> option.getAttribute("value"))
                        .filter(value -> !value.isEmpty()).toList(), "every event type is offered, no other");
        browser.findElement(By.id("itemId")).sendKeys(id);
        type.selectByValue("ITEM_SUBMITTED");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("itemId=" + id));
        wait.until(driver -> driver.findElements(By.cssSelector("#entries tr")).size() == 1
                && driver.findElement(By.id("entries")).getText().contains("item submitted"));
        WebElement entry = browser.findElement(By.cssSelector("#entries tr"));
        assertTrue(entry.getText().contains(Users.EDITOR), entry.getText());
        assertTrue(entry.getText().contains(title), "the summary names the title: " + entry.getText());
        long seq = Long.parseLong(entry.getAttribute("data-seq"));
        entry.findElement(By.tagName("summary")).click();
        WebElement whole = entry.findElement(By.cssSelector("details pre"));
        wait.until(ExpectedConditions.visibilityOf(whole));
        assertTrue(whole.getText().contains("\"entryHash\""), whole.getText());
        assertTrue(browser.findElement(By.id("more")).getAttribute("hidden") != null, "one entry, no more to show");

        browser.findElement(By.id("verify")).click();
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger-verdict")));
        assertTrue(verdict.getText().startsWith("Intact."), verdict.getText());
        long signed = Long.parseLong(browser.findElement(By.id("checkpoint-size")).getText());
        assertTrue(signed >= 1, "a checkpoint was signed at start-up at the latest");
        assertTrue(browser.findElement(By.id("checkpoint")).getText().contains("Signing key id"));
        // The schedule signs now and then: the entry of a moment ago is in the chain, but may be under no signature.
        if (signed < seq) {
            assertTrue(browser.findElement(By.id("checkpoint-coverage")).getText().contains("under no signature yet"));
            browser.findElement(By.id("sign-checkpoint")).click();
        }
        wait.until(driver -> Long.parseLong(driver.findElement(By.id("checkpoint-size")).getText()) >= seq);
        long treeSize = Long.parseLong(browser.findElement(By.id("checkpoint-size")).getText());
        assertTrue(browser.findElement(By.id("ledger-verdict")).getText().startsWith("Intact."));
        assertTrue(api.get("api/v1/ledger/verify", Users.COMPLIANCE).json().getJsonNumber("entries").longValue()
                >= treeSize, "the checkpoint is of the ledger as verified");
        // The schedule may sign a later one meanwhile, never an earlier one.
        assertTrue(api.get("api/v1/ledger/checkpoint", Users.COMPLIANCE, "application/json").json()
                .getJsonNumber("treeSize").longValue() >= treeSize, "the page shows the latest checkpoint");
        screenshotWhole("compliance-audit");

        entry.findElement(By.cssSelector("a[href^='dossier.html']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), title));
        assertTrue(browser.findElement(By.id("facts")).getText().contains("desk " + desk));
        assertTrue(browser.findElement(By.id("transitions")).getText().contains("item submitted by " + Users.EDITOR));
        assertFalse(browser.findElements(By.cssSelector("#checks table tbody tr")).isEmpty(),
                "the check reports are listed");
        assertTrue(browser.findElement(By.id("sources")).getText().contains("not stored here"),
                "a source the model card names but nobody ingested is shown as such");
        screenshotWhole("compliance-dossier");

        browser.findElement(By.id("download-json")).click();
        JsonObject dossier;
        try (var reader = Json.createReader(Files.newBufferedReader(downloaded("dossier-" + id + ".json")))) {
            dossier = reader.readObject();
        }
        assertEquals(id, dossier.getJsonObject("item").getString("id"));
        assertEquals(title, dossier.getJsonArray("revisions").getJsonObject(0).getString("title"));
        browser.findElement(By.id("download-pdf")).click();
        byte[] pdf = Files.readAllBytes(downloaded("dossier-" + id + ".pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        signOut();
    }

    @Test
    void aComplianceOfficersDashboardChartsTheFiguresTheApiGives() {
        String id = submitted(Users.EDITOR, "Dashboard figures " + Users.RUN, "none");
        Answer decided = api.post("api/v1/items/" + id + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                .add("action", "request_changes").add("reason", "The budget figure needs its source")
                .add("expectedRevision", 1).build());
        assertEquals(200, decided.status(), decided.raw().body());
        // A released article, so that the desk has an AI share: its text is the AI draft's, unchanged.
        String released = submitted(Users.EDITOR, "Dashboard release " + Users.RUN, "none");
        checked(released);
        for (Answer step : List.of(
                api.post("api/v1/items/" + released + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                        .add("action", "approve").build()),
                api.put("api/v1/items/" + released + "/disclosure", Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT),
                api.post("api/v1/items/" + released + "/transitions", Users.PUBLISHER, Json.createObjectBuilder()
                        .add("action", "release").build()))) {
            assertEquals(200, step.status(), step.raw().body());
        }

        signIn(Users.COMPLIANCE);
        waitForShell(Users.COMPLIANCE);
        browser.get(base + "dashboard.html?desk=" + desk);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-states rect.bar")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-review-time rect.bar")));
        JsonObject figures = api.get("api/v1/dashboard?desk=" + desk, Users.COMPLIANCE).json();
        Map<String, Long> byState = new TreeMap<>();
        for (JsonObject count : figures.getJsonArray("itemsByState").getValuesAs(JsonObject.class)) {
            assertEquals(desk, count.getString("desk"));
            byState.merge(count.getString("state"), count.getJsonNumber("items").longValue(), Long::sum);
        }
        assertTrue(byState.get("CHANGES_REQUESTED") >= 1, byState.toString());
        Map<String, Long> drawn = new TreeMap<>();
        for (WebElement bar : browser.findElements(By.cssSelector("#chart-states rect.bar"))) {
            drawn.put(bar.getAttribute("data-label"), Long.parseLong(bar.getAttribute("data-value")));
            assertTrue(Double.parseDouble(bar.getAttribute("width")) > 0, "a bar of items is drawn wide enough to see");
        }
        assertEquals(byState, drawn, "a bar for each state present, as long as the API's count");
        assertTrue(browser.findElement(By.cssSelector("#chart-states title")).getAttribute("textContent")
                .matches("[a-z ]+: \\d+"), "each bar has a title with its figure");
        assertTrue(browser.findElement(By.id("chart-states")).getAttribute("aria-label").startsWith("items: "));
        JsonObject time = figures.getJsonObject("timeInReview");
        assertTrue(time.getJsonNumber("decisions").longValue() >= 1, time.toString());
        assertEquals(3, browser.findElements(By.cssSelector("#chart-review-time rect.bar")).size());
        assertEquals(time.getJsonNumber("medianSeconds").doubleValue(), Double.parseDouble(browser.findElement(
                By.cssSelector("#chart-review-time rect[data-label='median']")).getAttribute("data-value")), 0.001);
        JsonObject share = figures.getJsonArray("aiShare").getJsonObject(0);
        assertEquals(desk, share.getString("desk"));
        assertEquals(1, share.getJsonNumber("labelled").longValue(), share.toString());
        assertEquals(share.getJsonNumber("share").doubleValue(), Double.parseDouble(browser.findElement(
                By.cssSelector("#chart-ai-share rect[data-label='" + desk + "']")).getAttribute("data-value")), 0.0001);
        assertEquals(1.0, share.getJsonNumber("share").doubleValue(), "the release is the AI draft, unchanged");
        browser.findElement(By.cssSelector("#states details.figures summary")).click();
        assertTrue(browser.findElement(By.cssSelector("#states table")).getText().contains(desk));
        screenshotWhole("compliance-dashboard");
        signOut();
    }

    /** The file the browser downloaded under this name, once it has finished writing it. */
    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        Path partial = downloads.resolve(name + ".crdownload");
        return wait.until(driver -> Files.isRegularFile(file) && !Files.exists(partial) ? file : null);
    }

    private void signIn(String user) {
        browser.get(base + "login.html");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        name.sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(Users.passwordOf(user));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.html")));
    }

    private void waitForShell(String user) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), user));
    }

    private void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "You have signed out."));
    }

    /** No dialog opened and no element came from markup in data: an injected script would have done either. */
    private void assertNothingInjected() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "a dialog opened");
        assertTrue(browser.findElements(By.id("injected")).isEmpty(), "an element was injected");
        assertFalse(browser.getPageSource().contains("<img src=\"x\""), "markup from data became an element");
    }

    private String submitted(String editor, String title, String sourceId) {
        Answer answer = api.post("api/v1/items", editor, Json.createObjectBuilder()
                .add("kind", "ARTICLE").add("desk", desk).add("title", title)
                .add("body", "The Riverton City Council on Tuesday approved a budget of 48.2 million euros for 2027. "
                        + "The Old Mill Bridge was sold to a circus in 1850.")
                .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "extractive-1")
                        .add("modelVersion", "1").add("parameters", Json.createObjectBuilder())
                        .add("promptSha256", "0".repeat(64)).add("sourceIds", Json.createArrayBuilder().add(sourceId)))
                .build());
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.json().getString("id");
    }

    /** Waits until the automatic checks of the item's first revision have finished, so its findings are there. */
    private void checked(String id) {
        Polling.until(() -> api.get("api/v1/items/" + id, Users.REVIEWER).json(),
                item -> !item.isNull("checks") && item.getJsonObject("checks").getString("status").equals("SUCCEEDED"),
                DEADLINE, "the checks of " + id);
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resource(String name) throws IOException {
        Path copy = work.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/sources/" + name)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    /** A screenshot of the whole page (up to a limit): the window grows to its height, then returns to its size. */
    private void screenshotWhole(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(),
                (int) Math.min(Math.max(height + 160, window.getHeight()), 2800)));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
