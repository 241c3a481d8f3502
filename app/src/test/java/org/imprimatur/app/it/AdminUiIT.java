package org.imprimatur.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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
 * approving their own item, in plain words; a publisher sees what release will publish, sets the label, is held up by
 * an embargo, releases and withdraws; a compliance officer searches and verifies the ledger, reads an item's dossier
 * and downloads it as JSON and PDF, and sees the dashboard's charts draw what the API counts; an administrator sees
 * the plugins' health, changes a desk's policy and creates an account; and markup in a file's name or text never
 * runs. Each screen is saved to docs/screenshots/ for the README and held to WCAG 2.1 AA.
 */
@ExtendWith({DatabaseUnderTest.class, BrowserUnderTest.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUiIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    /** Would mark the page and open a dialog if any page ever ran it. */
    private static final String PAYLOAD = "<img src=x id=injected onerror=\"alert('xss')\">";
    /** A draft whose budget figure the council release contradicts: a high-severity finding. */
    private static final String WRONG_FIGURE = "The Riverton City Council on Tuesday approved a budget of 52.9 million "
            + "euros for 2027. The budget passed by seven votes to four. Councillors agreed to spend 6.5 million euros "
            + "on repairing the Old Mill Bridge.";
    /** The same draft with the figure put right. */
    private static final String RIGHT_FIGURE = WRONG_FIGURE.replace("52.9", "48.2");

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
        // A web page by its address, fetched by the server.
        browser.findElement(By.id("url")).sendKeys(world.url("/pages/release.html"));
        browser.findElement(By.cssSelector("#url-form button")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#uploads li.ok")).size() == 4);
        assertTrue(browser.findElements(By.cssSelector("#uploads li.ok")).get(3).getText().contains("sentences"));
        // A file that is not what its name says is refused, in words, and is not used for the draft.
        Path mislabelled = work.resolve("quarterly-report.pdf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(mislabelled))) {
            zip.putNextEntry(new ZipEntry("payload.txt"));
            zip.write("not a pdf at all".getBytes(StandardCharsets.UTF_8));
        }
        browser.findElement(By.id("files")).sendKeys(mislabelled.toAbsolutePath().toString());
        WebElement refused = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#uploads li.failed")));
        assertTrue(refused.getText().contains("quarterly-report.pdf"), refused.getText());
        assertTrue(refused.getText().contains("Not added: "), refused.getText());
        assertTrue(refused.findElements(By.cssSelector("input.use-source")).isEmpty(), "a refused file is not offered");

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
    void aPublisherSeesWhatReleaseWillPublishSetsTheLabelIsHeldByAnEmbargoReleasesAndWithdraws() throws IOException {
        Path wire = work.resolve("riverton-wire.txt");
        Files.writeString(wire, "Riverton Wire " + Users.RUN + ". The Riverton City Council on Tuesday approved a "
                + "budget of 48.2 million euros for 2027. The vote was seven to four.", StandardCharsets.UTF_8);
        Answer source = api.postForm("api/v1/sources", Users.EDITOR, wire.getFileName().toString(), () -> open(wire),
                Map.of("creditLine", "Riverton Wire", "licence", "syndication", "embargoUntil", "2099-01-01"));
        assertEquals(201, source.status(), source.raw().body());
        String sourceId = source.json().getString("id");
        String title = "Council passes the budget " + Users.RUN;
        String id = submitted(Users.EDITOR, title, sourceId);
        checked(id);
        approvedByTheReviewer(id);

        signIn(Users.PUBLISHER);
        wait.until(ExpectedConditions.urlContains("release.html"));
        waitForShell(Users.PUBLISHER);
        browser.get(base + "release.html?state=APPROVED&desk=" + desk);
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#items tr[data-item-id='" + id + "']")));
        assertTrue(row.getText().contains("approved"), row.getText());
        row.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("release.html?id=" + id));

        // Before any label is set, the preview shows the line and JSON-LD that setting one with the defaults gives.
        WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disclosure-line")));
        wait.until(driver -> !line.getText().isBlank());
        JsonObject unlabelled = api.get("api/v1/items/" + id + "/publication/preview", Users.PUBLISHER).json();
        assertFalse(unlabelled.getBoolean("labelSet"));
        assertEquals(unlabelled.getString("disclosureLine"), line.getText());
        assertTrue(browser.findElement(By.id("label-current")).getText().contains("No label is set yet"));
        assertTrue(browser.findElement(By.id("credits")).getText().contains("Riverton Wire (syndication)"),
                browser.findElement(By.id("credits")).getText());
        JsonObject jsonLd = Json.createReader(new StringReader(browser.findElement(By.id("json-ld")).getText()))
                .readObject();
        assertEquals("NewsArticle", jsonLd.getString("@type"));
        assertEquals(title, jsonLd.getString("headline"));
        assertEquals(line.getText(), jsonLd.getJsonObject("publishingPrinciples").getString("text"));
        WebElement embargo = browser.findElement(By.id("embargo-notice"));
        assertTrue(embargo.isDisplayed());
        assertTrue(embargo.getText().startsWith("Embargoed until"), embargo.getText());
        assertTrue(browser.findElement(By.cssSelector("#sources tr.embargoed[data-source-id='" + sourceId + "']"))
                .getText().contains("embargoed until"));

        String statement = "Drafted with AI from Riverton Wire copy; checked by our editors " + Users.RUN + ".";
        browser.findElement(By.id("label-statement")).sendKeys(statement);
        browser.findElement(By.id("set-label")).click();
        wait.until(ExpectedConditions.textToBe(By.id("label-statement-shown"), statement));
        wait.until(ExpectedConditions.textToBe(By.id("disclosure-line"), statement));
        assertEquals(statement, api.get("api/v1/items/" + id, Users.PUBLISHER).json().getJsonObject("disclosure")
                .getString("statement"));
        // Before the click, the release's judgement names the embargo as what blocks it, and the label as set.
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#judgement-release li.passed[data-rule='disclosure-label']")));
        assertTrue(browser.findElement(By.cssSelector("#judgement-release li.blocked[data-rule='embargo']"))
                .getText().contains("Under embargo"));
        assertTrue(browser.findElement(By.id("judgement-release-verdict")).getText().startsWith("Would be refused"));
        screenshot("publisher-release");

        // The embargo holds the release up, in plain words naming the rule.
        browser.findElement(By.id("release")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages.error")));
        assertTrue(refusal.getText().contains("embargo"), refusal.getText());
        assertEquals("APPROVED", api.get("api/v1/items/" + id, Users.PUBLISHER).json().getString("state"));

        Answer lifted = api.put("api/v1/sources/" + sourceId + "/rights", Users.EDITOR, Json.createObjectBuilder()
                .add("creditLine", "Riverton Wire").add("licence", "syndication").build());
        assertEquals(200, lifted.status(), lifted.raw().body());
        JsonObject preview = api.get("api/v1/items/" + id + "/publication/preview", Users.PUBLISHER).json();
        assertTrue(preview.getBoolean("labelSet"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("disclosure-line"), statement));
        assertFalse(browser.findElement(By.id("embargo-notice")).isDisplayed(), "the embargo has been lifted");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("judgement-release-verdict"), "Allowed."));
        browser.findElement(By.id("release")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages.success"),
                "now released"));
        wait.until(ExpectedConditions.textToBe(By.id("publication-heading"), "What was published"));
        assertTrue(browser.findElement(By.id("facts")).getText().contains("released by " + Users.PUBLISHER));
        JsonObject item = api.get("api/v1/items/" + id, Users.PUBLISHER).json();
        assertEquals("RELEASED", item.getString("state"));
        JsonObject publication = api.get("api/v1/items/" + id + "/publication", Users.PUBLISHER).json();
        assertEquals(preview.getString("text"), publication.getString("text"), "the preview showed what was published");
        assertEquals(preview.getString("sha256"), publication.getString("sha256"));
        assertEquals(publication.getString("text"), browser.findElement(By.id("published-text")).getText());
        assertTrue(browser.findElement(By.id("release-form")).getAttribute("hidden") != null);

        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-reason")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("judgement-withdraw-verdict"),
                "Allowed, with a reason."));
        reason.sendKeys("Correction: the council has not yet voted on the figure");
        browser.findElement(By.id("withdraw")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages.success"),
                "now withdrawn"));
        assertEquals("WITHDRAWN", api.get("api/v1/items/" + id, Users.PUBLISHER).json().getString("state"));
        signOut();
    }

    @Test
    void aScreenForOtherRolesSaysSoAndAnonymousVisitorsAreSentToSignIn() {
        browser.get(base + "queue.html");
        wait.until(ExpectedConditions.urlContains("login.html"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        screenshot("sign-in");
        // The accessibility check sees what a screen reader user would miss: a picture without a text alternative.
        browser.executeScript("document.querySelector('main').append(document.createElement('img'))");
        AssertionFailedError broken = assertThrows(AssertionFailedError.class,
                () -> Accessibility.assertNoViolations(browser, "sign-in"));
        assertTrue(broken.getMessage().contains("image-alt"), broken.getMessage());
        signIn(Users.PUBLISHER);
        wait.until(ExpectedConditions.urlContains("release.html"));
        waitForShell(Users.PUBLISHER);
        assertEquals("Release", browser.findElement(By.cssSelector("header.shell [aria-current=page]")).getText(),
                "the publisher's one screen is where they land");
        browser.get(base + "queue.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not for your role"));
        assertTrue(browser.findElements(By.id("queue")).isEmpty(), "nothing of the queue is shown");
        signOut();
    }

    @Test
    void anAdministratorSeesThePluginsHealthChangesADesksPolicyAndCreatesAnAccount() {
        String id = submitted(Users.EDITOR, "Checked for the admin " + Users.RUN, "none");
        checked(id);

        signIn(Users.ADMIN);
        waitForShell(Users.ADMIN);
        browser.findElement(By.linkText("Administration")).click();
        wait.until(ExpectedConditions.urlContains("admin.html"));
        WebElement fact = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#plugins tr[data-plugin='check/fact']")));
        assertTrue(fact.getText().contains("working"), fact.getText());
        WebElement grounded = browser.findElement(By.cssSelector("#plugins tr[data-plugin='drafting/grounded']"));
        assertTrue(grounded.getText().contains("in this server"), grounded.getText());
        screenshot("admin");

        // The desk of this run has no policy of its own: the form starts from the one in force, then stores version 1.
        browser.findElement(By.id("policy-desk")).sendKeys(desk);
        browser.findElement(By.cssSelector("#policy-open button")).click();
        WebElement approvals = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#policy-rules li[data-rule='reviewer-approvals']")));
        assertTrue(browser.findElement(By.id("policy-version")).getText().contains("no policy of its own"));
        WebElement count = approvals.findElement(By.cssSelector("input[data-parameter='count']"));
        count.clear();
        count.sendKeys("2");
        WebElement quotes = browser.findElement(By.id("rule-quotes-verified"));
        if (quotes.isSelected()) {
            quotes.sendKeys(" ");
        }
        screenshot("admin-policy");
        browser.findElement(By.id("save-policy")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Stored version 1"));
        JsonObject stored = api.get("api/v1/policies/" + desk + "/article", Users.ADMIN).json()
                .getJsonObject("inForce");
        assertEquals(desk, stored.getString("desk"));
        assertEquals(1, stored.getInt("version"));
        assertEquals(2, stored.getJsonObject("rules").getJsonObject("reviewer-approvals").getInt("count"));
        assertFalse(stored.getJsonObject("rules").containsKey("quotes-verified"));

        String frank = Users.created("ui-frank");
        browser.findElement(By.id("new-username")).sendKeys(frank);
        browser.findElement(By.id("new-password")).sendKeys(Users.passwordOf(frank));
        browser.findElement(By.cssSelector(".new-role[value='reviewer']")).click();
        browser.findElement(By.id("new-desks")).sendKeys("metro, " + desk);
        browser.findElement(By.id("create-user")).click();
        WebElement account = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#users tr[data-user='" + frank + "']")));
        assertTrue(account.getText().contains("reviewer"), account.getText());
        assertTrue(account.getText().contains("metro"), account.getText());
        // The same name again is refused in plain words.
        browser.findElement(By.id("new-username")).sendKeys(frank);
        browser.findElement(By.id("new-password")).sendKeys(Users.passwordOf(frank));
        browser.findElement(By.cssSelector(".new-role[value='reviewer']")).click();
        browser.findElement(By.id("create-user")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages.error")));
        assertTrue(refusal.getText().startsWith("User name taken"), refusal.getText());
        signOut();
    }

    @Test
    void aReviewerSeesThePictureOfAnImageItemWithItsCaptionAsItsTextAlternative() {
        String caption = "The Old Mill Bridge at dusk " + Users.RUN;
        Answer registered = api.postForm("api/v1/images/upload", Users.EDITOR, "bridge.png",
                () -> new ByteArrayInputStream(OutsideWorld.picture(64, 48)), Map.of("tool", "Midjourney v7",
                        "prompt", "A stone bridge at dusk", "caption", caption, "desk", desk));
        assertEquals(201, registered.status(), registered.raw().body());
        String id = registered.json().getString("id");

        signIn(Users.REVIEWER);
        waitForShell(Users.REVIEWER);
        browser.get(base + "item.html?id=" + id);
        WebElement picture = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("picture-image")));
        wait.until(driver -> Long.valueOf(64).equals(browser.executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", picture)));
        assertTrue(picture.getAttribute("alt").contains(caption), picture.getAttribute("alt"));
        assertTrue(browser.findElement(By.id("picture-facts")).getText().contains("64 × 48 px"));
        assertTrue(browser.findElement(By.id("body")).getText().contains(caption));
        signOut();
    }

    @Test
    void aReviewerSeesHowThePolicyJudgesEachDecisionBeforeTheClickAndItChangesWhenAFindingIsResolved() {
        String id = submitted(Users.EDITOR, "Budget vote judged " + Users.RUN, riverton(), WRONG_FIGURE);
        checked(id);
        List<String> high = findings(id).stream().filter(finding -> finding.getString("severity").equals("HIGH")
                && finding.getString("status").equals("OPEN")).map(finding -> finding.getString("id")).toList();
        assertFalse(high.isEmpty(), "the wrong figure is an open high-severity finding");
        int ledgerBefore = ledgerEntries(id);

        signIn(Users.REVIEWER);
        waitForShell(Users.REVIEWER);
        browser.get(base + "item.html?id=" + id);
        WebElement blocking = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#judgement-approve li.blocked[data-rule='no-unresolved-high']")));
        assertTrue(blocking.getText().contains("no-unresolved-high"), blocking.getText());
        assertTrue(browser.findElement(By.id("judgement-approve")).getText().contains("Would be refused"));
        assertTrue(browser.findElement(By.id("approve")).getAttribute("class").contains("would-refuse"));
        assertTrue(browser.findElement(By.id("approve")).isEnabled(), "the button stays usable; it says why");
        WebElement requestChanges = browser.findElement(By.id("judgement-request_changes"));
        assertTrue(requestChanges.getText().contains("Needs a reason"), requestChanges.getText());
        assertFalse(browser.findElement(By.id("request-changes")).getAttribute("class").contains("would-refuse"));
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("decision")));
        screenshot("reviewer-policy-preview");
        assertEquals(ledgerBefore, ledgerEntries(id), "judging a transition records nothing");
        assertEquals("IN_REVIEW", api.get("api/v1/items/" + id, Users.REVIEWER).json().getString("state"));

        for (String findingId : high) {
            WebElement open = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#findings li.OPEN[data-finding-id='" + findingId + "']")));
            new Select(open.findElement(By.cssSelector("select.resolution"))).selectByValue("overridden");
            open.findElement(By.cssSelector("input.reason")).sendKeys("The council minutes give this figure too");
            open.findElement(By.cssSelector("form.resolve button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#findings li.OVERRIDDEN[data-finding-id='" + findingId + "']")));
        }
        WebElement passing = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#judgement-approve li.passed[data-rule='no-unresolved-high']")));
        assertTrue(passing.getText().contains("no-unresolved-high"), passing.getText());
        assertTrue(browser.findElements(By.cssSelector("#judgement-approve li.blocked[data-rule='no-unresolved-high']"))
                .isEmpty());
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
    void aReviewerEditsTheTextInlineSeesTheChecksRunAgainAndTheChangesSinceRevisionOne() {
        String id = submitted(Users.EDITOR, "Budget vote edited " + Users.RUN, riverton(), WRONG_FIGURE);
        checked(id);
        String firstChecks = api.get("api/v1/items/" + id, Users.REVIEWER).json().getJsonObject("checks")
                .getString("jobId");

        signIn(Users.REVIEWER);
        waitForShell(Users.REVIEWER);
        browser.get(base + "item.html?id=" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit"))).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-body")));
        assertFalse(browser.findElement(By.id("body")).isDisplayed(), "the text became the form");
        assertEquals("Text", text.getAccessibleName());
        text.clear();
        text.sendKeys(RIGHT_FIGURE);
        browser.findElement(By.id("edit-save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "revision 2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checks-status"),
                "The checks of revision 2 have finished"));
        assertTrue(browser.findElement(By.id("body")).getText().contains("48.2 million euros"));
        JsonObject revised = api.get("api/v1/items/" + id, Users.REVIEWER).json();
        assertEquals(2, revised.getInt("revision"));
        assertEquals("SUCCEEDED", revised.getJsonObject("checks").getString("status"));
        assertFalse(revised.getJsonObject("checks").getString("jobId").equals(firstChecks), "the checks ran again");
        // The reviewer wrote revision 2, so four eyes keep them from approving it: said before the click.
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#judgement-approve li.blocked[data-rule='four-eyes']")));

        WebElement changes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
        new Select(browser.findElement(By.id("diff-against"))).selectByValue("1");
        WebElement added = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff ins")));
        assertTrue(added.getText().contains("48.2 million euros"), added.getText());
        WebElement removed = browser.findElement(By.cssSelector("#diff del"));
        assertTrue(removed.getText().contains("52.9 million euros"), removed.getText());
        assertEquals("[added: ", added.findElement(By.className("visually-hidden")).getAttribute("textContent"));
        assertTrue(browser.findElement(By.id("diff")).getText().contains("Councillors agreed"),
                "the kept sentences are shown too");
        browser.executeScript("arguments[0].scrollIntoView()", changes);
        screenshot("reviewer-revision-diff");
        signOut();
    }

    @Test
    void aReviewerCommentsOnAPassageSelectedAcrossTheMarksOfTheText() {
        String body = WRONG_FIGURE;
        String id = submitted(Users.EDITOR, "Budget vote commented " + Users.RUN, riverton(), body);
        checked(id);
        String passage = "approved a budget of 52.9 million euros for 2027. The budget passed";

        signIn(Users.REVIEWER);
        waitForShell(Users.REVIEWER);
        browser.get(base + "item.html?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body mark")));
        // The passage starts in one text node and ends in another, with marks between: as a mouse would select it.
        browser.executeScript("""
                const texts = [];
                const walker = document.createTreeWalker(document.getElementById('body'), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
                const first = texts.find(node => node.data.includes(arguments[0]));
                const last = texts.find(node => node.data.includes(arguments[1]));
                const range = document.createRange();
                range.setStart(first, first.data.indexOf(arguments[0]));
                range.setEnd(last, last.data.indexOf(arguments[1]) + arguments[1].length);
                document.getSelection().removeAllRanges();
                document.getSelection().addRange(range);
                """, "approved", "passed");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("comment-selection"))).click();
        assertEquals(passage, browser.findElement(By.id("comment-quote")).getAttribute("value"));
        browser.findElement(By.id("comment-text")).sendKeys("Which figure is right? @" + Users.EDITOR);
        browser.findElement(By.id("comment-add")).click();

        WebElement comment = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comments li")));
        assertTrue(comment.getText().contains("Which figure is right?"), comment.getText());
        assertTrue(comment.getText().contains(passage), "the panel quotes the passage");
        assertTrue(comment.getText().contains("@" + Users.EDITOR), comment.getText());
        List<WebElement> marked = wait.until(driver -> {
            List<WebElement> marks = driver.findElements(By.cssSelector("#body mark.commented"));
            return marks.isEmpty() ? null : marks;
        });
        assertEquals(passage, marked.stream().map(mark -> mark.getAttribute("textContent"))
                .reduce("", String::concat));
        browser.executeScript("arguments[0].focus()", marked.get(0));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), "Which figure is right?"));
        JsonObject saved = comments(id).get(0);
        assertEquals(body.indexOf(passage), saved.getInt("start"));
        assertEquals(body.indexOf(passage) + passage.length(), saved.getInt("end"));
        assertEquals(1, saved.getInt("revision"));
        screenshot("reviewer-span-comment");

        // Without a mouse: the passage typed as it stands in the text.
        browser.findElement(By.id("comment-quote")).sendKeys("Old Mill Bridge");
        browser.findElement(By.id("comment-text")).sendKeys("Name the bridge's owner too.");
        browser.findElement(By.id("comment-add")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#comments li")).size() == 2);
        JsonObject typed = comments(id).get(1);
        assertEquals(body.indexOf("Old Mill Bridge"), typed.getInt("start"));
        assertEquals(body.indexOf("Old Mill Bridge") + "Old Mill Bridge".length(), typed.getInt("end"));
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
        // The publisher's test may release on this desk too: its article is also the AI draft, unchanged.
        assertTrue(share.getJsonNumber("labelled").longValue() >= 1, share.toString());
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
        return submitted(editor, title, sourceId, "The Riverton City Council on Tuesday approved a budget of 48.2 "
                + "million euros for 2027. The Old Mill Bridge was sold to a circus in 1850.");
    }

    private String submitted(String editor, String title, String sourceId, String body) {
        Answer answer = api.post("api/v1/items", editor, Json.createObjectBuilder()
                .add("kind", "ARTICLE").add("desk", desk).add("title", title)
                .add("body", body)
                .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "extractive-1")
                        .add("modelVersion", "1").add("parameters", Json.createObjectBuilder())
                        .add("promptSha256", "0".repeat(64)).add("sourceIds", Json.createArrayBuilder().add(sourceId)))
                .build());
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.json().getString("id");
    }

    /** A reviewer overrides every open finding the label does not settle, then approves the item. */
    private void approvedByTheReviewer(String id) {
        JsonObject item = api.get("api/v1/items/" + id, Users.REVIEWER).json();
        for (JsonObject finding : item.getJsonArray("findings").getValuesAs(JsonObject.class)) {
            if (finding.getString("status").equals("OPEN") && !"disclosure-missing".equals(finding.getString("category", ""))) {
                Answer resolved = api.post("api/v1/items/" + id + "/findings/" + finding.getString("id")
                        + "/resolution", Users.REVIEWER, Json.createObjectBuilder().add("resolution", "overridden")
                        .add("reason", "Checked against the council minutes by phone").build());
                assertEquals(200, resolved.status(), resolved.raw().body());
            }
        }
        Answer approved = api.post("api/v1/items/" + id + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                .add("action", "approve").add("expectedRevision", item.getInt("revision")).build());
        assertEquals(200, approved.status(), approved.raw().body());
        assertEquals("APPROVED", approved.json().getString("state"), approved.raw().body());
    }

    /** Waits until the automatic checks of the item's first revision have finished, so its findings are there. */
    private void checked(String id) {
        Polling.until(() -> api.get("api/v1/items/" + id, Users.REVIEWER).json(),
                item -> !item.isNull("checks") && item.getJsonObject("checks").getString("status").equals("SUCCEEDED"),
                DEADLINE, "the checks of " + id);
    }

    /** The council release as a source of this run: the id of the source the drafts below rest on. */
    private String riverton() {
        try {
            Path release = resource("council-release.txt");
            Answer source = api.postForm("api/v1/sources", Users.EDITOR, release.getFileName().toString(),
                    () -> open(release), Map.of());
            assertTrue(source.status() == 201 || source.status() == 200, source.raw().body());
            return source.json().getString("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<JsonObject> findings(String id) {
        return api.get("api/v1/items/" + id, Users.REVIEWER).json().getJsonArray("findings")
                .getValuesAs(JsonObject.class);
    }

    private List<JsonObject> comments(String id) {
        Answer answer = api.get("api/v1/items/" + id + "/comments", Users.REVIEWER);
        assertEquals(200, answer.status(), answer.raw().body());
        try (JsonReader reader = Json.createReader(new StringReader(answer.raw().body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private int ledgerEntries(String id) {
        Answer answer = api.get("api/v1/ledger?size=200&itemId=" + id, Users.COMPLIANCE);
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.json().getJsonArray("entries").size();
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

    /** Saves the screen as the browser shows it now for the README, and holds it to WCAG 2.1 AA. */
    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Accessibility.assertNoViolations(browser, name);
    }
}
