package org.imprimatur.app.it;

import static org.imprimatur.app.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.imprimatur.app.it.Api.Answer;
import org.imprimatur.app.it.plugin.ExampleCheck;
import org.imprimatur.app.it.plugin.ExampleTarget;
import org.imprimatur.app.it.plugin.HoldPolicy;
import org.imprimatur.provenance.checkpoint.Checkpoint;
import org.imprimatur.provenance.checkpoint.InvalidNoteException;
import org.imprimatur.provenance.checkpoint.NoteVerifier;
import org.imprimatur.provenance.merkle.MerkleVerifier;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.policy.ReviewPolicy;
import org.imprimatur.spi.publication.PublicationTarget;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first governed path, over HTTP against the real WAR in a real Payara Micro: an editor submits AI-generated
 * content, a different reviewer approves, a publisher releases, and every step is in a ledger that verifies.
 * One deployment serves every test; each test makes the items it needs.
 */
@ExtendWith({DatabaseUnderTest.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernedPathIT {


    @Deployment(testable = false)
    static WebArchive deployment() {
        JavaArchive dropIn = ShrinkWrap.create(JavaArchive.class, "example-plugins.jar")
                .addClasses(ExampleCheck.class, HoldPolicy.class, ExampleTarget.class)
                .addAsServiceProvider(ContentCheck.class, ExampleCheck.class)
                .addAsServiceProvider(ReviewPolicy.class, HoldPolicy.class)
                .addAsServiceProvider(PublicationTarget.class, ExampleTarget.class);
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("imprimatur.it.war")))
                .addAsLibrary(dropIn);
    }

    @ArquillianResource
    private URL base;

    /** What the build configures for the webhooks and the SMTP server (app/pom.xml, failsafe). */
    private static final String DESK_WEBHOOK_SECRET = "imprimatur-it-desk-webhook-secret";
    private static final String DEAD_WEBHOOK = "dead";
    private static final int DEAD_WEBHOOK_ATTEMPTS = 4;
    private static final String METRO_DESK_ADDRESS = "metro-desk@news.example";
    private static final Duration NOTIFICATION_DEADLINE = Duration.ofSeconds(60);

    private Api api;
    private boolean accountsCreated;
    // The build points the optional moderation check and the webhooks at it; every revision here is moderated,
    // and found clean.
    private OutsideWorld world;
    private GreenMail smtp;

    @BeforeAll
    void openTheOutsideWorld() throws IOException {
        world = new OutsideWorld(OutsideWorld.port());
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("imprimatur.it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    void closeTheOutsideWorld() {
        world.close();
        smtp.stop();
    }

    /** The deployment URL is injected per test, so the per-class set-up runs on the first test. */
    @BeforeEach
    void connect() {
        api = new Api(base);
        if (!accountsCreated) {
            // Users with more than one role, and a second reviewer, which the demo accounts do not cover.
            createAccount(Users.created("erin"), "editor", "reviewer", "publisher");
            createAccount(Users.created("rita"), "reviewer");
            // No disclosure labels are set yet, so the desk these tests release from holds every other rule; the
            // desks without a policy of their own keep the default, label rule and all.
            Answer policy = storePolicy(ContentItem.DEFAULT_DESK, "article", everyRuleBut("disclosure-label"));
            assertEquals(200, policy.status(), policy.raw().body());
            accountsCreated = true;
        }
    }

    private static final List<String> DEFAULT_RULES = List.of("no-unresolved-high", "no-unresolved-contradiction",
            "quotes-verified", "reviewer-approvals", "checks-complete", "disclosure-label", "publisher-releases",
            "approver-not-releaser", "embargo");

    @Test
    void aPolicyChangeToAVersionAnotherAdminReplacedIsRefusedNeverLost() throws Exception {
        String desk = "sport-" + Users.RUN;
        JsonObject rules = everyRuleBut("embargo");
        assertEquals(1, storePolicy(desk, "article", rules, 0).json().getInt("version"));
        Answer stale = storePolicy(desk, "article", rules, 0);
        assertProblem(stale, 409, "policy-changed");
        assertTrue(stale.json().getString("detail").contains("version 1, not 0"), stale.raw().body());

        // Six admins change version 1 at the same moment: one change is stored, the others are told, none is lost.
        int admins = 6;
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Answer>> changes = new ArrayList<>();
            for (int admin = 0; admin < admins; admin++) {
                changes.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return storePolicy(desk, "article", rules, 1);
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Answer> change : changes) {
                Answer answer = change.get(120, TimeUnit.SECONDS);
                statuses.add(answer.status());
                if (answer.status() != 200) {
                    assertProblem(answer, 409, "policy-changed");
                }
            }
            assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(2, 1), api.get("api/v1/policies/" + desk + "/article", Users.EDITOR).json()
                .getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(version -> version.getInt("version")).toList());
    }

    private static JsonObject everyRuleBut(String left) {
        JsonObjectBuilder rules = Json.createObjectBuilder();
        DEFAULT_RULES.stream().filter(rule -> !rule.equals(left)).forEach(rule -> rules.add(rule, JsonValue.EMPTY_JSON_OBJECT));
        return rules.build();
    }

    private Answer storePolicy(String desk, String kind, JsonObject rules) {
        return api.put("api/v1/policies/" + desk + "/" + kind, Users.ADMIN,
                Json.createObjectBuilder().add("rules", rules).build());
    }

    private Answer storePolicy(String desk, String kind, JsonObject rules, int expectedVersion) {
        return api.put("api/v1/policies/" + desk + "/" + kind, Users.ADMIN,
                Json.createObjectBuilder().add("rules", rules).add("expectedVersion", expectedVersion).build());
    }

    private void createAccount(String name, String... roles) {
        Answer created = api.post("api/v1/accounts", Users.ADMIN, Json.createObjectBuilder()
                .add("username", name)
                .add("password", Users.passwordOf(name))
                .add("roles", Json.createArrayBuilder(List.of(roles)))
                .build());
        assertEquals(201, created.status(), created.raw().body());
    }

    // --- the path ---------------------------------------------------------------------------------------------

    @Test
    void anEditorsSubmissionEntersReviewAsRevisionOne() {
        Answer submitted = submit(Users.EDITOR, "Council approves budget");

        assertEquals(201, submitted.status(), submitted.raw().body());
        JsonObject item = submitted.json();
        assertEquals("IN_REVIEW", item.getString("state"));
        assertEquals(1, item.getInt("revision"));
        String location = submitted.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/items/" + item.getString("id")), location);

        Answer read = api.get("api/v1/items/" + item.getString("id"), Users.REVIEWER);
        assertEquals(200, read.status());
        JsonObject shown = read.json();
        assertEquals("Council approves budget", shown.getString("title"));
        assertEquals(body("Council approves budget"), shown.getString("body"));
        assertEquals("IN_REVIEW", shown.getString("state"));
        JsonObject card = shown.getJsonObject("modelCard");
        assertEquals("grounded", card.getString("provider"));
        assertEquals("extractive-1", card.getString("model"));
        assertEquals(sha256("prompt for Council approves budget"), card.getString("promptSha256"));
        assertEquals(List.of("src-1", "src-2"), card.getJsonArray("sourceIds").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(0.2, card.getJsonObject("parameters").getJsonNumber("temperature").doubleValue());
        assertEquals("general", shown.getString("desk"), "an item whose request names no desk goes to the default");
    }

    @Test
    void anItemIsFiledUnderTheDeskItsSubmissionNames() {
        Answer submitted = api.post("api/v1/items", Users.EDITOR,
                article("Port expansion approved").add("desk", "Business").build());
        assertEquals(201, submitted.status(), submitted.raw().body());
        assertEquals("business", submitted.json().getString("desk"));

        Answer badDesk = api.post("api/v1/items", Users.EDITOR,
                article("Port expansion approved").add("desk", "../admin").build());
        assertProblem(badDesk, 422, "incomplete-request");
    }

    @Test
    void aReviewerApprovesAndAPublisherReleasesAndTheLedgerRecordsEachStep() {
        long before = humanPathEntries();
        String id = submitted(Users.EDITOR, "Bridge reopens after repairs");

        Answer approved = transition(id, Users.REVIEWER, "approve", "Checked against the council notice");
        assertEquals(200, approved.status(), approved.raw().body());
        assertEquals("APPROVED", approved.json().getString("state"));
        assertEquals(Users.REVIEWER, approved.json().getString("approvedBy"));
        labelled(id);

        Answer released = transition(id, Users.PUBLISHER, "release", null);
        assertEquals(200, released.status(), released.raw().body());
        assertEquals("RELEASED", released.json().getString("state"));
        assertEquals("RELEASED", api.get("api/v1/items/" + id, Users.EDITOR).json().getString("state"));

        JsonObject ledger = verifyLedger();
        assertTrue(ledger.getBoolean("valid"), ledger.toString());
        assertEquals(before + 6, humanPathEntries(),
                "submitted, approved, labelled, its finding resolved, released, delivered to the installed target");
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_APPROVED", "DISCLOSURE_LABELLED", "FINDING_RESOLVED",
                "ITEM_RELEASED", "PUBLICATION_DELIVERED"), ledgerEventsOf(id));
    }

    @Test
    void aReviewerRejectsWithAReason() {
        String id = submitted(Users.EDITOR, "Unsourced rumour");

        Answer withoutReason = transition(id, Users.REVIEWER, "reject", " ");
        assertProblem(withoutReason, 422, "incomplete-request");

        Answer rejected = transition(id, Users.REVIEWER, "reject", "No source supports the central claim");
        assertEquals(200, rejected.status(), rejected.raw().body());
        assertEquals("REJECTED", rejected.json().getString("state"));

        assertProblem(transition(id, Users.REVIEWER, "approve", null), 409, "illegal-transition");
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_REJECTED"), ledgerEventsOf(id));
    }

    @Test
    void changesRequestedANewRevisionThenApprovalReleaseAndWithdrawal() {
        String id = submitted(Users.EDITOR, "Budget draft");
        assertProblem(transition(id, Users.REVIEWER, "request_changes", null), 422, "incomplete-request");
        Answer sentBack = transition(id, Users.REVIEWER, "request_changes", "Source the 1.2 million figure");
        assertEquals(200, sentBack.status(), sentBack.raw().body());
        assertEquals("CHANGES_REQUESTED", sentBack.json().getString("state"));

        Answer revised = api.post("api/v1/items/" + id + "/revisions", Users.EDITOR, Json.createObjectBuilder()
                .add("title", "Budget approved").add("body", "The council approved 1.2 million euros, its release says.")
                .add("expectedRevision", 1).build());
        assertEquals(201, revised.status(), revised.raw().body());
        assertEquals("IN_REVIEW", revised.json().getString("state"));
        assertEquals(2, revised.json().getInt("revision"));
        assertEquals("Budget approved", api.get("api/v1/items/" + id, Users.REVIEWER).json().getString("title"));

        Answer approved = api.post("api/v1/items/" + id + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                .add("action", "approve").add("expectedRevision", 2).build());
        assertEquals(200, approved.status(), approved.raw().body());
        labelled(id);
        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());
        assertProblem(transition(id, Users.PUBLISHER, "withdraw", " "), 422, "incomplete-request");
        Answer withdrawn = transition(id, Users.PUBLISHER, "withdraw", "Correction: the figure was 1.1 million");
        assertEquals(200, withdrawn.status(), withdrawn.raw().body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"));

        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_CHANGES_REQUESTED", "ITEM_REVISED", "ITEM_APPROVED",
                "DISCLOSURE_LABELLED", "FINDING_RESOLVED", "ITEM_RELEASED", "PUBLICATION_DELIVERED", "ITEM_WITHDRAWN"),
                ledgerEventsOf(id));
    }

    // --- disclosure and publication -----------------------------------------------------------------------------

    @Test
    void aLabelResolvesTheDisclosureFindingAndReleasePublishesTheLineCreditsAndJsonLd() {
        String id = submitted(Users.EDITOR, "Ferry timetable changes");
        JsonObject missing = checked(id, 1).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("checkId").equals("disclosure")).findFirst()
                .orElseThrow(() -> new AssertionError("no disclosure finding on an unlabelled item"));
        assertEquals("disclosure-missing", missing.getString("category"));
        assertEquals("MEDIUM", missing.getString("severity"), "the label gates release, not approval");
        assertEquals("OPEN", missing.getString("status"));
        assertEquals(200, transition(id, Users.REVIEWER, "approve", null).status());

        Answer unlabelled = transition(id, Users.PUBLISHER, "release", null);
        assertProblem(unlabelled, 409, "disclosure-missing");
        assertTrue(unlabelled.json().getString("detail").contains("disclosure"), unlabelled.raw().body());
        String disclosure = "api/v1/items/" + id + "/disclosure";
        assertProblem(api.put(disclosure, Users.EDITOR, JsonValue.EMPTY_JSON_OBJECT), 403, null);
        assertProblem(api.put(disclosure, Users.PUBLISHER, Json.createObjectBuilder()
                .add("digitalSourceType", "digitalCapture").build()), 422, "incomplete-request");

        Answer labelled = api.put(disclosure, Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, labelled.status(), labelled.raw().body());
        JsonObject label = labelled.json().getJsonObject("disclosure");
        assertEquals("trainedAlgorithmicMedia", label.getString("digitalSourceType"), "nobody edited the draft");
        assertEquals(Users.PUBLISHER, label.getString("decidedBy"));
        String statement = label.getString("statement");
        assertFalse(statement.isBlank());
        JsonObject fixed = labelled.json().getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("id").equals(missing.getString("id"))).findFirst().orElseThrow();
        assertEquals("FIXED", fixed.getString("status"));
        assertEquals(Users.PUBLISHER, fixed.getString("resolvedBy"));
        assertProblem(api.get("api/v1/items/" + id + "/publication", Users.EDITOR), 404, "not-found");

        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());
        Answer answer = api.get("api/v1/items/" + id + "/publication", Users.EDITOR);
        assertEquals(200, answer.status(), answer.raw().body());
        JsonObject publication = answer.json();
        String text = publication.getString("text");
        assertEquals(body("Ferry timetable changes") + "\n\n" + statement + "\n\nSources:\nsrc-1\nsrc-2", text,
                "the body, the visible disclosure line, and the credits of the model card's sources");
        assertEquals(statement, publication.getString("disclosureLine"));
        assertEquals(sha256(text), publication.getString("sha256"));
        JsonObject jsonLd = publication.getJsonObject("jsonLd");
        assertEquals("NewsArticle", jsonLd.getString("@type"));
        assertEquals("Ferry timetable changes", jsonLd.getString("headline"));
        assertEquals(List.of("SoftwareApplication", "Person"), jsonLd.getJsonArray("creator")
                .getValuesAs(JsonObject.class).stream().map(creator -> creator.getString("@type")).toList());
        assertEquals(Users.PUBLISHER, jsonLd.getJsonObject("editor").getString("name"));
        assertEquals(2, jsonLd.getJsonArray("citation").size());
        assertEquals(statement, jsonLd.getJsonObject("publishingPrinciples").getString("text"));
        assertEquals("https://schema.org/TrainedAlgorithmicMediaDigitalSource", jsonLd.getString("digitalSourceType"));
        assertProblem(api.get("api/v1/items/" + id + "/publication/image", Users.EDITOR), 404, "not-found");

        JsonObject released = api.get("api/v1/ledger?itemId=" + id + "&type=ITEM_RELEASED", Users.COMPLIANCE).json()
                .getJsonArray("entries").getJsonObject(0).getJsonObject("payload").getJsonObject("publication");
        assertEquals(publication.getString("sha256"), released.getString("sha256"));
        JsonObject decision = released.getJsonObject("labelDecision");
        assertEquals(1, decision.getJsonObject("text").getJsonNumber("aiShare").doubleValue(), 0);
        assertTrue(decision.getJsonObject("humanReview").getBoolean("done"));
        assertEquals(List.of(Users.REVIEWER), decision.getJsonObject("humanReview").getJsonArray("approvedBy")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(Users.PUBLISHER, decision.getString("responsibleEditor"));
        assertProblem(api.put(disclosure, Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT), 409, "illegal-transition");

        // After the release committed, the installed target got the same publication; its outcome is on the record.
        JsonObject delivered = api.get("api/v1/ledger?itemId=" + id + "&type=PUBLICATION_DELIVERED",
                Users.COMPLIANCE).json().getJsonArray("entries").getJsonObject(0).getJsonObject("payload");
        assertEquals(ExampleTarget.ID, delivered.getString("target"));
        assertEquals("wire-" + id, delivered.getString("externalId"));
        assertEquals(publication.getString("sha256"), delivered.getString("sha256"));
    }

    @Test
    void aDesksJsonLdSettingsNameItsPublisherPolicyPageAndLanguageAndMayLeaveTheEditorOut() {
        // The build configures the metro desk's JSON-LD (app/pom.xml, IMPRIMATUR_DESK_METRO_JSONLD_*).
        String id = submitted(Users.EDITOR, "Metro tram timetable", "metro");
        checked(id, 1);
        assertEquals(200, transition(id, Users.REVIEWER, "approve", null).status());
        assertEquals(200, api.put("api/v1/items/" + id + "/disclosure", Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT)
                .status());
        Answer released = transition(id, Users.PUBLISHER, "release", null);
        assertEquals(200, released.status(), released.raw().body());

        JsonObject jsonLd = api.get("api/v1/items/" + id + "/publication", Users.EDITOR).json().getJsonObject("jsonLd");
        JsonObject publisher = jsonLd.getJsonObject("publisher");
        assertEquals("Organization", publisher.getString("@type"));
        assertEquals("Riverton Metro", publisher.getString("name"));
        assertEquals("https://metro.news.example/", publisher.getString("url"));
        assertEquals("https://metro.news.example/ai-policy", jsonLd.getJsonObject("publishingPrinciples")
                .getString("url"));
        assertEquals("en-GB", jsonLd.getString("inLanguage"));
        assertFalse(jsonLd.containsKey("editor"), jsonLd.toString());
        assertEquals(List.of("SoftwareApplication"), jsonLd.getJsonArray("creator").getValuesAs(JsonObject.class)
                .stream().map(creator -> creator.getString("@type")).toList());
        JsonObject decision = api.get("api/v1/ledger?itemId=" + id + "&type=ITEM_RELEASED", Users.COMPLIANCE).json()
                .getJsonArray("entries").getJsonObject(0).getJsonObject("payload").getJsonObject("publication")
                .getJsonObject("labelDecision");
        assertEquals(Users.PUBLISHER, decision.getString("responsibleEditor"),
                "the ledger still says who answers for it");
    }

    @Test
    void aTargetThatFailsLeavesTheReleaseStandingAndTheFailureOnRecord() {
        String id = submitted(Users.EDITOR, ExampleTarget.OFFLINE + " Storm warning");
        checked(id, 1);
        assertEquals(200, transition(id, Users.REVIEWER, "approve", null).status());
        assertEquals(200, api.put("api/v1/items/" + id + "/disclosure", Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT)
                .status());

        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());

        assertEquals("RELEASED", api.get("api/v1/items/" + id, Users.EDITOR).json().getString("state"));
        assertEquals(200, api.get("api/v1/items/" + id + "/publication", Users.EDITOR).status(), "the store has it");
        JsonObject failed = api.get("api/v1/ledger?itemId=" + id + "&type=PUBLICATION_FAILED", Users.COMPLIANCE)
                .json().getJsonArray("entries").getJsonObject(0).getJsonObject("payload");
        assertEquals(ExampleTarget.ID, failed.getString("target"));
        assertEquals("the wire service did not answer", failed.getString("reason"));
    }

    @Test
    void anInstalledReviewPolicyGatesTransitionsAndItsResultIsRecorded() {
        String held = submitted(Users.EDITOR, HoldPolicy.MARKER + " Minister resigns");
        Answer refused = transition(held, Users.REVIEWER, "approve", null);
        assertProblem(refused, 409, "policy");
        assertEquals(HoldPolicy.ID + ":hold-marker", refused.json().getString("rule"));
        assertEquals("IN_REVIEW", api.get("api/v1/items/" + held, Users.REVIEWER).json().getString("state"));
        assertEquals(List.of("ITEM_SUBMITTED"), ledgerEventsOf(held), "a refused transition leaves no entry");

        Answer lifted = api.post("api/v1/items/" + held + "/revisions", Users.EDITOR, Json.createObjectBuilder()
                .add("title", "Minister resigns").add("body", "The minister resigned on Friday.")
                .add("expectedRevision", 1).build());
        assertEquals(201, lifted.status(), lifted.raw().body());
        assertEquals(200, transition(held, Users.REVIEWER, "approve", null).status());
        JsonObject approval = api.get("api/v1/ledger?itemId=" + held + "&type=ITEM_APPROVED", Users.COMPLIANCE)
                .json().getJsonArray("entries").getJsonObject(0);
        assertTrue(approval.getJsonObject("payload").getJsonArray("policies").getValuesAs(JsonObject.class).stream()
                .anyMatch(result -> result.getString("policy").equals(HoldPolicy.ID) && result.getBoolean("allowed")),
                approval.toString());
    }

    @Test
    void whoeverApprovedAnItemDoesNotAlsoReleaseIt() {
        String robin = Users.created("robin");
        createAccount(robin, "reviewer", "publisher");
        String id = submitted(Users.EDITOR, "Separated duties");
        assertEquals(200, transition(id, robin, "approve", null).status());
        labelled(id);
        Answer refused = transition(id, robin, "release", null);
        assertProblem(refused, 409, "policy");
        assertEquals("newsroom:approver-not-releaser", refused.json().getString("rule"));
        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());
    }

    // --- review policies -----------------------------------------------------------------------------------------

    @Test
    void aDeskPolicyIsVersionedDataInTheLedgerAndItsApprovalCountHolds() {
        String desk = "politics-" + Users.RUN;
        JsonObject before = api.get("api/v1/policies/" + desk + "/article", Users.EDITOR).json();
        assertEquals("*", before.getJsonObject("inForce").getString("desk"), before.toString());
        assertTrue(before.getJsonObject("inForce").getJsonObject("rules").containsKey("disclosure-label"));
        assertEquals(0, before.getJsonArray("history").size());

        Answer first = storePolicy(desk, "article", everyRuleBut("embargo"));
        assertEquals(200, first.status(), first.raw().body());
        assertEquals(1, first.json().getInt("version"));
        assertFalse(first.json().getBoolean("builtIn"));
        Answer unknown = storePolicy(desk, "article", Json.createObjectBuilder()
                .add("no-swearing", JsonValue.EMPTY_JSON_OBJECT)
                .add("reviewer-approvals", Json.createObjectBuilder().add("count", 0)).build());
        assertProblem(unknown, 422, "invalid-policy");
        assertEquals(2, unknown.json().getJsonArray("problems").size(), unknown.raw().body());
        assertProblem(api.put("api/v1/policies/" + desk + "/article", Users.REVIEWER, Json.createObjectBuilder()
                .add("rules", JsonValue.EMPTY_JSON_OBJECT).build()), 403, null);

        Answer stored = storePolicy(desk, "article", Json.createObjectBuilder()
                .add("no-unresolved-high", JsonValue.EMPTY_JSON_OBJECT)
                .add("reviewer-approvals", Json.createObjectBuilder().add("count", 2)).build());
        assertEquals(200, stored.status(), stored.raw().body());
        assertEquals(2, stored.json().getInt("version"));
        assertEquals(Json.createObjectBuilder().add("count", 2).add("imagesOfPeople", 2).build(),
                stored.json().getJsonObject("rules").getJsonObject("reviewer-approvals"));
        JsonObject after = api.get("api/v1/policies/" + desk + "/article", Users.EDITOR).json();
        assertEquals(desk, after.getJsonObject("inForce").getString("desk"));
        assertEquals(List.of(2, 1), after.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(version -> version.getInt("version")).toList());
        assertTrue(api.get("api/v1/policies", Users.PUBLISHER).parse().asJsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(policy -> policy.getString("desk").equals(desk)));
        JsonObject change = api.get("api/v1/ledger?type=POLICY_CHANGED&actor=admin&size=1", Users.COMPLIANCE).json()
                .getJsonArray("entries").getJsonObject(0).getJsonObject("payload");
        assertEquals(desk, change.getString("desk"));
        assertEquals(2, change.getInt("version"));

        // Two reviewers must approve on this desk: the first approval is recorded and the item stays in review.
        String id = submitted(Users.EDITOR, "Coalition talks resume", desk);
        Answer one = transition(id, Users.REVIEWER, "approve", null);
        assertEquals(200, one.status(), one.raw().body());
        assertEquals("IN_REVIEW", one.json().getString("state"));
        assertEquals(List.of(Users.REVIEWER), one.json().getJsonArray("approvals").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertProblem(transition(id, Users.REVIEWER, "approve", null), 403, "four-eyes");
        Answer second = transition(id, Users.created("rita"), "approve", null);
        assertEquals("APPROVED", second.json().getString("state"), second.raw().body());
        List<JsonObject> approvals = api.get("api/v1/ledger?itemId=" + id + "&type=ITEM_APPROVED", Users.COMPLIANCE)
                .json().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(Set.of("1 of 2", "2 of 2"), approvals.stream()
                .map(entry -> entry.getJsonObject("payload").getString("approvals")).collect(Collectors.toSet()));
        JsonObject newsroom = approvals.get(0).getJsonObject("payload").getJsonArray("policies")
                .getValuesAs(JsonObject.class).stream().filter(result -> result.getString("policy").equals("newsroom"))
                .findFirst().orElseThrow();
        assertEquals(List.of("no-unresolved-high", "reviewer-approvals"), newsroom.getJsonArray("rules")
                .getValuesAs(JsonObject.class).stream().map(rule -> rule.getString("rule")).toList());
        assertTrue(newsroom.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .allMatch(rule -> rule.getBoolean("passed")));
    }

    @Test
    void anUnlabelledReleaseIsRefusedByTheWorkflowAndAnApproversByTheDefaultPolicy() {
        String robin = Users.created("robin-d");
        createAccount(robin, "reviewer", "publisher");
        String id = submitted(Users.EDITOR, "Flood defences hold", "metro-" + Users.RUN);
        checked(id, 1);
        assertEquals(200, transition(id, robin, "approve", null).status());

        // The label is the workflow's own rule, whatever a desk's policy says; the policy's rule only records it.
        assertProblem(transition(id, robin, "release", null), 409, "disclosure-missing");
        labelled(id);
        Answer refused = transition(id, robin, "release", null);
        assertProblem(refused, 409, "policy");
        assertEquals(List.of("newsroom:approver-not-releaser"), refused.json()
                .getJsonArray("rules").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals("newsroom:approver-not-releaser", refused.json().getString("rule"));
        assertEquals("APPROVED", api.get("api/v1/items/" + id, Users.PUBLISHER).json().getString("state"));
    }

    @Test
    void anImageOfPeopleNeedsTwoApprovals() {
        JsonObject image = article("Crowd at the town hall").add("kind", "IMAGE").add("depictsPeople", true).build();
        Answer submitted = api.post("api/v1/items", Users.EDITOR, image);
        assertEquals(201, submitted.status(), submitted.raw().body());
        assertTrue(submitted.json().getBoolean("depictsPeople"));
        String id = submitted.json().getString("id");
        assertProblem(api.post("api/v1/items", Users.EDITOR, article("Crowd").add("depictsPeople", true).build()),
                422, "incomplete-request");
        overrideHighFindingsOfAPictureLessImage(id);

        assertEquals("IN_REVIEW", transition(id, Users.REVIEWER, "approve", null).json().getString("state"));
        assertEquals("APPROVED", transition(id, Users.created("rita"), "approve", null).json().getString("state"));

        // A reviewer may say an image shows no people, while it is in review; the editor may not change it later.
        String other = api.post("api/v1/items", Users.EDITOR, article("Empty square").add("kind", "IMAGE")
                .add("depictsPeople", true).build()).json().getString("id");
        assertProblem(api.put("api/v1/items/" + other + "/depicts-people", Users.EDITOR, Json.createObjectBuilder()
                .add("depictsPeople", false).build()), 403, null);
        Answer corrected = api.put("api/v1/items/" + other + "/depicts-people", Users.REVIEWER,
                Json.createObjectBuilder().add("depictsPeople", false).build());
        assertEquals(200, corrected.status(), corrected.raw().body());
        assertFalse(corrected.json().getBoolean("depictsPeople"));
        overrideHighFindingsOfAPictureLessImage(other);
        assertEquals("APPROVED", transition(other, Users.created("rita"), "approve", null).json().getString("state"));
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_DEPICTS_PEOPLE_CHANGED", "ITEM_APPROVED"), ledgerEventsOf(other)
                .stream().filter(type -> !type.equals("FINDING_RESOLVED")).toList());
    }

    /**
     * An image submitted without a picture cannot be checked by the image check, which leaves a high finding; a
     * reviewer overrides it, as a newsroom would for a picture checked elsewhere.
     */
    private void overrideHighFindingsOfAPictureLessImage(String id) {
        checked(id, 1).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("severity").equals("HIGH")
                        && finding.getString("status").equals("OPEN"))
                .forEach(finding -> assertEquals(200, resolve(id, finding.getString("id"), Users.REVIEWER,
                        "overridden", "The picture was checked by the picture desk outside Imprimatur").status()));
    }

    // --- four eyes and roles -----------------------------------------------------------------------------------

    @Test
    void whoeverRequestedAnItemCannotApproveOrReleaseItWhateverRolesTheyHold() {
        String erin = Users.created("erin");
        String id = submitted(erin, "Harbour expansion plans");

        Answer selfApproval = transition(id, erin, "approve", "Looks fine to me");
        assertProblem(selfApproval, 403, "four-eyes");
        assertEquals("IN_REVIEW", api.get("api/v1/items/" + id, erin).json().getString("state"));

        assertEquals(200, transition(id, Users.REVIEWER, "approve", null).status());
        labelled(id);
        assertProblem(transition(id, erin, "release", null), 403, "four-eyes");
        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_APPROVED", "DISCLOSURE_LABELLED", "FINDING_RESOLVED",
                "ITEM_RELEASED", "PUBLICATION_DELIVERED"), ledgerEventsOf(id));
    }

    @Test
    void eachActionNeedsItsRole() {
        String id = submitted(Users.EDITOR, "School opens new wing");

        assertProblem(submit(Users.REVIEWER, "Reviewer tries to submit"), 403, null);
        assertProblem(transition(id, Users.COMPLIANCE, "approve", null), 403, "missing-role");
        assertProblem(transition(id, Users.PUBLISHER, "approve", null), 403, "missing-role");
        assertProblem(transition(id, Users.REVIEWER, "release", null), 403, "missing-role");
        assertProblem(api.get("api/v1/ledger/verify", Users.EDITOR), 403, null);
        assertProblem(api.get("api/v1/ledger/verify", Users.REVIEWER), 403, null);
        assertProblem(api.post("api/v1/accounts", Users.EDITOR, Json.createObjectBuilder().build()), 403, null);
        assertEquals(200, api.get("api/v1/ledger/verify", Users.ADMIN).status());
        assertEquals("IN_REVIEW", api.get("api/v1/items/" + id, Users.EDITOR).json().getString("state"));
    }

    @Test
    void anonymousCallersAndWrongPasswordsGet401() {
        assertProblem(api.get("api/v1/items/" + java.util.UUID.randomUUID(), null), 401, null);
        Answer anonymous = api.get("api/v1/ledger/verify", null);
        assertProblem(anonymous, 401, null);
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        Answer wrongPassword = api.send(HttpRequest.newBuilder(api.uri("api/v1/ledger/verify"))
                .header("Authorization", Api.basic(Users.COMPLIANCE, "not-her-password")).GET());
        assertProblem(wrongPassword, 401, "unauthenticated");
        assertTrue(wrongPassword.header("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    // --- bad requests ------------------------------------------------------------------------------------------

    @Test
    void badRequestsGetProblemDetailsNeverAServerError() {
        String id = submitted(Users.EDITOR, "Festival draws record crowd");

        assertProblem(api.get("api/v1/items/" + java.util.UUID.randomUUID(), Users.EDITOR), 404, "not-found");
        assertProblem(api.get("api/v1/items/not-an-id", Users.EDITOR), 404, "not-found");
        assertProblem(api.postRaw("api/v1/items", Users.EDITOR, "{\"kind\": \"ARTICLE\", "), 400, "malformed-request");
        assertProblem(api.postRaw("api/v1/items", Users.EDITOR, ""), 400, "malformed-request");
        assertProblem(api.post("api/v1/items", Users.EDITOR, article("No model card").remove("modelCard").build()),
                422, "invalid-value");
        assertProblem(api.post("api/v1/items", Users.EDITOR, article("Bad kind").add("kind", "PODCAST").build()),
                422, "invalid-value");
        assertProblem(api.post("api/v1/items", Users.EDITOR, article("").build()), 422, "incomplete-request");
        JsonObject badDigest = article("Bad digest").add("modelCard", modelCard("x").add("promptSha256", "abc")).build();
        assertProblem(api.post("api/v1/items", Users.EDITOR, badDigest), 422, "invalid-value");
        assertProblem(api.post("api/v1/items/" + id + "/transitions", Users.REVIEWER,
                Json.createObjectBuilder().add("action", "publish-now").build()), 400, "malformed-request");
        assertProblem(transition(id, Users.PUBLISHER, "release", null), 409, "illegal-transition");
        assertProblem(api.post("api/v1/items/" + id + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                .add("action", "approve").add("expectedRevision", 2).build()), 409, "stale-revision");
        assertProblem(transition(id, Users.PUBLISHER, "withdraw", "not yet"), 409, "illegal-transition");
        assertProblem(api.post("api/v1/items/" + id + "/revisions", Users.EDITOR, Json.createObjectBuilder()
                .add("title", "Edited").add("body", "Edited text.").add("expectedRevision", 7).build()),
                409, "stale-revision");
        assertProblem(api.post("api/v1/items/" + id + "/revisions", Users.PUBLISHER, Json.createObjectBuilder()
                .add("title", "Edited").add("body", "Edited text.").add("expectedRevision", 1).build()), 403, null);
        assertEquals("IN_REVIEW", api.get("api/v1/items/" + id, Users.EDITOR).json().getString("state"));
        assertEquals(List.of("ITEM_SUBMITTED"), ledgerEventsOf(id));
    }

    // --- concurrency -------------------------------------------------------------------------------------------

    @Test
    void ofTwoConcurrentApprovalsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = submitted(Users.EDITOR, "Race " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Answer>> approvals = new ArrayList<>();
                for (String reviewer : List.of(Users.REVIEWER, Users.created("rita"))) {
                    approvals.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return transition(id, reviewer, "approve", "race");
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Answer> approval : approvals) {
                    Answer answer = approval.get(120, TimeUnit.SECONDS);
                    statuses.add(answer.status());
                    if (answer.status() != 200) {
                        assertProblem(answer, 409, null);
                    }
                }
                assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
                assertEquals(List.of("ITEM_SUBMITTED", "ITEM_APPROVED"), ledgerEventsOf(id));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(verifyLedger().getBoolean("valid"));
    }

    @Test
    void concurrentAppendersKeepTheChainLinear() throws Exception {
        long before = humanPathEntries();
        int writers = 4;
        int perWriter = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<CompletableFuture<List<String>>> submissions = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int writer = 0; writer < writers; writer++) {
                String editor = writer % 2 == 0 ? Users.EDITOR : Users.created("erin");
                int w = writer;
                submissions.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perWriter; i++) {
                        ids.add(submitted(editor, "Concurrent " + w + "-" + i));
                    }
                    return ids;
                }, pool));
            }
            start.countDown();
            java.util.Set<Long> sequenceNumbers = new java.util.HashSet<>();
            for (CompletableFuture<List<String>> submission : submissions) {
                for (String id : submission.get(120, TimeUnit.SECONDS)) {
                    sequenceNumbers.addAll(ledgerSequenceNumbersOf(id));
                }
            }
            assertEquals(writers * perWriter, sequenceNumbers.size(), "one entry per submission, none shared");
        } finally {
            pool.shutdownNow();
        }
        JsonObject ledger = verifyLedger();
        assertTrue(ledger.getBoolean("valid"), ledger.toString());
        assertEquals(before + writers * perWriter, humanPathEntries());
    }

    // --- the ledger --------------------------------------------------------------------------------------------

    @Test
    void aLedgerRowChangedInTheDatabaseIsDetected() throws Exception {
        String id = submitted(Users.EDITOR, "Ledger tamper target");
        assertTrue(verifyLedger().getBoolean("valid"));

        try (Connection db = DatabaseUnderTest.connect()) {
            long seq;
            String original;
            try (PreparedStatement find = db.prepareStatement(
                    "SELECT seq, payload FROM ledger_entry WHERE item_id = ? ORDER BY seq")) {
                find.setString(1, id);
                try (ResultSet row = find.executeQuery()) {
                    assertTrue(row.next(), "the submission is in the ledger");
                    seq = row.getLong(1);
                    original = row.getString(2);
                }
            }
            String forged = original.replace("Ledger tamper target", "Ledger tamper forged");
            assertFalse(forged.equals(original));
            try {
                update(db, seq, forged);
                JsonObject verdict = verifyLedger();
                assertFalse(verdict.getBoolean("valid"), verdict.toString());
                assertEquals(seq, verdict.getJsonNumber("firstBrokenSeq").longValue());
            } finally {
                update(db, seq, original);
            }
        }
        assertTrue(verifyLedger().getBoolean("valid"), "restoring the row restores the chain");
    }

    private static void update(Connection db, long seq, String payload) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE ledger_entry SET payload = ? WHERE seq = ?")) {
            update.setString(1, payload);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
        }
        if (!db.getAutoCommit()) {
            db.commit();
        }
    }

    @Test
    void everyEntryIsProvablyInTheLedgersMerkleTree() throws Exception {
        String id = submitted(Users.EDITOR, "Merkle proof target");
        assertEquals(200, transition(id, Users.REVIEWER, "approve", null).status());
        long seq = ledgerSequenceNumbersOf(id).get(0);

        Answer entry = api.get("api/v1/ledger/entries/" + seq, Users.COMPLIANCE);
        assertEquals(200, entry.status(), entry.raw().body());
        JsonObject document = entry.json();
        assertEquals(seq, document.getJsonNumber("seq").longValue());
        assertEquals(seq - 1, document.getJsonNumber("leafIndex").longValue());
        byte[] canonical = java.util.Base64.getDecoder().decode(document.getString("canonical"));
        assertEquals(document.getJsonObject("entry").getString("entryHash"), sha256(canonical));
        byte[] leafInput = new byte[canonical.length + 1];
        System.arraycopy(canonical, 0, leafInput, 1, canonical.length);
        assertEquals(document.getString("leafHash"), sha256(leafInput), "leaf hash = SHA-256(0x00 || canonical)");
        assertEquals("Merkle proof target",
                document.getJsonObject("entry").getJsonObject("payload").getString("title"));

        JsonObject inclusion = api.get("api/v1/ledger/entries/" + seq + "/proof", Users.COMPLIANCE).json();
        long treeSize = inclusion.getJsonNumber("treeSize").longValue();
        assertTrue(treeSize > seq, "the approval came after the submission");
        MerkleVerifier.verifyInclusion(inclusion.getJsonNumber("leafIndex").longValue(), treeSize,
                HEX.parseHex(inclusion.getString("leafHash")), hashes(inclusion.getJsonArray("auditPath")),
                HEX.parseHex(inclusion.getString("rootHash")));

        JsonObject older = api.get("api/v1/ledger/entries/" + seq + "/proof?treeSize=" + seq, Users.ADMIN).json();
        JsonObject consistency = api.get("api/v1/ledger/consistency?from=" + seq + "&to=" + treeSize,
                Users.COMPLIANCE).json();
        assertEquals(older.getString("rootHash"), consistency.getString("firstRoot"));
        assertEquals(inclusion.getString("rootHash"), consistency.getString("secondRoot"));
        MerkleVerifier.verifyConsistency(seq, treeSize, hashes(consistency.getJsonArray("proof")),
                HEX.parseHex(consistency.getString("firstRoot")), HEX.parseHex(consistency.getString("secondRoot")));

        assertProblem(api.get("api/v1/ledger/entries/0", Users.COMPLIANCE), 404, null);
        assertProblem(api.get("api/v1/ledger/entries/" + (treeSize + 1000) + "/proof", Users.COMPLIANCE), 404, null);
        assertProblem(api.get("api/v1/ledger/entries/" + seq + "/proof?treeSize=" + (seq - 1), Users.COMPLIANCE),
                422, "invalid-value");
        assertProblem(api.get("api/v1/ledger/consistency?from=0&to=" + treeSize, Users.COMPLIANCE), 422,
                "invalid-value");
        assertProblem(api.get("api/v1/ledger/consistency?from=" + treeSize, Users.COMPLIANCE), 422, "invalid-value");
        assertProblem(api.get("api/v1/ledger/entries/" + seq, Users.EDITOR), 403, null);
    }

    @Test
    void signedCheckpointsVerifyAgainstThePublishedKeyAndMatchTheMerkleRoot() throws Exception {
        submitted(Users.EDITOR, "Checkpoint target");
        Answer key = api.get("api/v1/ledger/public-key", null);
        assertEquals(200, key.status(), key.raw().body());
        String verifierKey = key.raw().body().trim();
        assertTrue(verifierKey.startsWith("imprimatur.localhost/ledger+"), verifierKey);
        NoteVerifier verifier = new NoteVerifier(verifierKey);

        Answer pem = api.send(HttpRequest.newBuilder(api.uri("api/v1/ledger/public-key"))
                .header("Accept", "application/x-pem-file").GET());
        assertEquals(200, pem.status());
        assertTrue(pem.raw().body().startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"), pem.raw().body());
        Answer asText = api.send(HttpRequest.newBuilder(api.uri("api/v1/ledger/public-key"))
                .header("Accept", "text/plain").GET());
        assertEquals(verifierKey, asText.raw().body().trim());

        Answer signed = api.post("api/v1/ledger/checkpoints", Users.COMPLIANCE, Json.createObjectBuilder().build());
        assertEquals(201, signed.status(), signed.raw().body());
        Checkpoint checkpoint = Checkpoint.parse(verifier.open(signed.raw().body()));
        assertEquals("imprimatur.localhost/ledger", checkpoint.origin());
        JsonObject proof = api.get("api/v1/ledger/entries/" + checkpoint.treeSize() + "/proof?treeSize="
                + checkpoint.treeSize(), Users.COMPLIANCE).json();
        assertEquals(proof.getString("rootHash"), HEX.formatHex(checkpoint.rootHash()),
                "the checkpoint signs the Merkle root of its tree size");

        Answer latest = api.get("api/v1/ledger/checkpoint", Users.ADMIN);
        assertEquals(200, latest.status());
        assertTrue(Checkpoint.parse(verifier.open(latest.raw().body())).treeSize() >= checkpoint.treeSize());

        String forged = signed.raw().body().replaceFirst("\n" + checkpoint.treeSize() + "\n",
                "\n" + (checkpoint.treeSize() + 1) + "\n");
        assertThrows(InvalidNoteException.class, () -> verifier.open(forged));
        assertProblem(api.get("api/v1/ledger/checkpoint", Users.EDITOR), 403, null);

        List<String> keyEvents = ledgerKeyEvents();
        assertTrue(keyEvents.stream().anyMatch(payload -> payload.contains(verifierKey)),
                "the key's creation (or the rotation to it) is in the ledger: " + keyEvents);
    }

    @Test
    void theExportVerifiesOfflineWithThePublishedKeyAndATamperedOneDoesNot() throws Exception {
        String id = submitted(Users.EDITOR, "Exported for audit");
        Answer export = api.get("api/v1/ledger/export", Users.COMPLIANCE);
        assertEquals(200, export.status(), export.raw().body());
        assertTrue(export.contentType().startsWith("application/x-ndjson"), export.contentType());
        assertTrue(export.raw().body().lines().filter(line -> line.contains("\"type\":\"entry\""))
                .map(line -> Json.createReader(new java.io.StringReader(line)).readObject().getString("canonical"))
                .map(canonical -> new String(java.util.Base64.getDecoder().decode(canonical), StandardCharsets.UTF_8))
                .anyMatch(canonical -> canonical.contains(id)), "the export holds the new entry");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("imprimatur-export");
        java.nio.file.Path ledgerFile = java.nio.file.Files.writeString(dir.resolve("ledger.jsonl"), export.raw().body());
        java.nio.file.Path keyFile = java.nio.file.Files.writeString(dir.resolve("ledger.key"),
                api.get("api/v1/ledger/public-key", null).raw().body());

        VerifierRun verified = runVerifier(ledgerFile, keyFile);
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().startsWith("OK: "), verified.output());

        String tampered = export.raw().body().replaceFirst("\"seq\":2,", "\"seq\":3,");
        VerifierRun refused = runVerifier(java.nio.file.Files.writeString(dir.resolve("tampered.jsonl"), tampered),
                keyFile);
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().startsWith("FAILED at entry 2 "), refused.output());
        assertProblem(api.get("api/v1/ledger/export", Users.REVIEWER), 403, null);
    }

    @Test
    void rotatingTheKeyIsRecordedAndTheOldKeyVouchesForTheNewOne() throws Exception {
        String oldKey = api.get("api/v1/ledger/public-key", null).raw().body().trim();
        assertProblem(api.post("api/v1/ledger/keys/rotation", Users.COMPLIANCE, Json.createObjectBuilder().build()),
                403, null);

        Answer rotated = api.post("api/v1/ledger/keys/rotation", Users.ADMIN, Json.createObjectBuilder().build());
        assertEquals(201, rotated.status(), rotated.raw().body());
        String newKey = rotated.raw().body().trim();
        assertFalse(newKey.equals(oldKey));
        assertEquals(newKey, api.get("api/v1/ledger/public-key", null).raw().body().trim());

        JsonObject rotation = api.get("api/v1/ledger?type=LEDGER_KEY_ROTATED&size=1", Users.COMPLIANCE).json()
                .getJsonArray("entries").getJsonObject(0);
        assertEquals(Users.ADMIN, rotation.getString("actor"));
        assertEquals(oldKey, rotation.getJsonObject("payload").getString("previousVerifierKey"));
        assertEquals(newKey, rotation.getJsonObject("payload").getString("verifierKey"));

        // The new key's checkpoint covers the rotation entry, and so does one of the old key: the export verifies
        // offline for an auditor who pinned either key, each following the rotation to the other.
        Checkpoint latest = Checkpoint.parse(new NoteVerifier(newKey).open(
                api.get("api/v1/ledger/checkpoint", Users.COMPLIANCE).raw().body()));
        assertTrue(latest.treeSize() >= rotation.getJsonNumber("seq").longValue());
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("imprimatur-rotation");
        java.nio.file.Path export = java.nio.file.Files.writeString(dir.resolve("ledger.jsonl"),
                api.get("api/v1/ledger/export", Users.COMPLIANCE).raw().body());
        for (String pinned : List.of(newKey, oldKey)) {
            VerifierRun run = runVerifier(export, java.nio.file.Files.writeString(dir.resolve("pinned.key"), pinned));
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains(" keys ("), "both keys signed what it verified: " + run.output());
        }
        assertTrue(verifyLedger().getBoolean("valid"));
    }

    private record VerifierRun(int exitCode, String output) {
    }

    /** Runs the offline verifier as an auditor would: its own jar, its own JVM. */
    private static VerifierRun runVerifier(java.nio.file.Path ledger, java.nio.file.Path key) throws Exception {
        Process process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", "../provenance/target/imprimatur-verify.jar", "--ledger", ledger.toString(),
                "--key", key.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the verifier ends");
        return new VerifierRun(process.exitValue(), output);
    }

    private static List<String> ledgerKeyEvents() throws java.sql.SQLException {
        try (Connection db = DatabaseUnderTest.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT payload FROM ledger_entry WHERE event_type IN ('LEDGER_KEY_CREATED', 'LEDGER_KEY_ROTATED') "
                             + "ORDER BY seq");
             ResultSet rows = query.executeQuery()) {
            List<String> payloads = new ArrayList<>();
            while (rows.next()) {
                payloads.add(rows.getString(1));
            }
            return payloads;
        }
    }

    @Test
    void complianceSearchesTheLedgerByItemActorTypeTimeAndModel() {
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        String id = submitted(Users.EDITOR, "Searched for");
        assertEquals(200, transition(id, Users.REVIEWER, "approve", "fine").status());

        JsonObject byItem = api.get("api/v1/ledger?itemId=" + id, Users.COMPLIANCE).json();
        assertEquals(List.of("ITEM_APPROVED", "ITEM_SUBMITTED"), types(byItem), "newest first");
        assertFalse(byItem.getBoolean("more"));

        assertEquals(List.of("ITEM_APPROVED"),
                types(api.get("api/v1/ledger?itemId=" + id + "&type=ITEM_APPROVED&actor=bob", Users.ADMIN).json()));
        assertEquals(List.of(), types(api.get("api/v1/ledger?itemId=" + id + "&actor=dave", Users.ADMIN).json()));
        assertEquals(List.of("ITEM_SUBMITTED"), types(api.get("api/v1/ledger?itemId=" + id
                + "&model=extractive-1", Users.COMPLIANCE).json()));
        assertEquals(List.of(), types(api.get("api/v1/ledger?itemId=" + id + "&model=extractive", Users.COMPLIANCE)
                .json()), "a model id matches whole, not by prefix");
        assertEquals(List.of("ITEM_APPROVED", "ITEM_SUBMITTED"), types(api.get("api/v1/ledger?itemId=" + id
                + "&from=" + before, Users.COMPLIANCE).json()));
        assertEquals(List.of(), types(api.get("api/v1/ledger?itemId=" + id + "&to=" + before, Users.COMPLIANCE)
                .json()));

        JsonObject firstPage = api.get("api/v1/ledger?size=1", Users.COMPLIANCE).json();
        assertEquals(1, firstPage.getJsonArray("entries").size());
        assertTrue(firstPage.getBoolean("more"));

        assertProblem(api.get("api/v1/ledger?from=yesterday", Users.COMPLIANCE), 422, "invalid-value");
        assertProblem(api.get("api/v1/ledger?size=100000", Users.COMPLIANCE), 422, "invalid-value");
        assertProblem(api.get("api/v1/ledger?itemId=" + id, Users.EDITOR), 403, null);
    }

    @Test
    void theDossierTellsTheWholeStoryAndEveryEntryProvesAgainstTheSignedCheckpoint() throws Exception {
        String id = submitted(Users.EDITOR, "Dossier subject");
        assertEquals(200, transition(id, Users.REVIEWER, "approve", "Matches the council notice").status());
        labelled(id);
        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());

        Answer answer = api.get("api/v1/items/" + id + "/dossier", Users.COMPLIANCE);
        assertEquals(200, answer.status(), answer.raw().body());
        JsonObject dossier = answer.json();
        assertEquals("RELEASED", dossier.getJsonObject("item").getString("state"));
        JsonObject revision = dossier.getJsonArray("revisions").getJsonObject(0);
        assertEquals("extractive-1", revision.getJsonObject("modelCard").getString("model"));
        assertEquals(sha256(body("Dossier subject")), dossier.getJsonObject("published").getString("bodySha256"));
        assertEquals(api.get("api/v1/items/" + id + "/publication", Users.COMPLIANCE).json().getString("sha256"),
                dossier.getJsonObject("published").getString("sha256"));
        assertEquals(Users.PUBLISHER, dossier.getJsonObject("published").getJsonObject("disclosure")
                .getString("decidedBy"));
        assertFalse(dossier.containsKey("request"), "submitted directly, so no generation request to show");
        assertEquals(List.of("src-1", "src-2"), dossier.getJsonArray("sources").getValuesAs(JsonObject.class)
                .stream().filter(source -> !source.getBoolean("stored", true)).map(source -> source.getString("id"))
                .toList(), "sources the model card names but Imprimatur never saw are listed as such");
        List<JsonObject> transitions = dossier.getJsonArray("transitions").getValuesAs(JsonObject.class);
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_APPROVED", "ITEM_RELEASED"),
                transitions.stream().map(transition -> transition.getString("event")).toList());
        assertEquals(Users.REVIEWER, transitions.get(1).getString("actor"));
        assertEquals("APPROVED", transitions.get(1).getString("state"));
        assertTrue(transitions.get(1).containsKey("policies"), "each decision shows what the policies said");

        JsonObject checkpointPart = dossier.getJsonObject("checkpoint");
        Checkpoint checkpoint = Checkpoint.parse(new NoteVerifier(checkpointPart.getString("verifierKey"))
                .open(checkpointPart.getString("note")));
        List<JsonObject> entries = dossier.getJsonArray("ledger").getValuesAs(JsonObject.class).stream()
                .filter(entry -> !MachineEvents.isMachine(entry)).toList();
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_APPROVED", "DISCLOSURE_LABELLED", "FINDING_RESOLVED",
                "ITEM_RELEASED", "PUBLICATION_DELIVERED"), entries.stream().map(entry -> entry.getString("type"))
                .toList());
        assertEquals("Matches the council notice", entries.get(1).getJsonObject("payload").getString("reason"));
        for (JsonObject entry : entries) {
            JsonObject proof = entry.getJsonObject("inclusionProof");
            assertEquals(checkpoint.treeSize(), proof.getJsonNumber("treeSize").longValue());
            byte[] canonical = java.util.Base64.getDecoder().decode(entry.getString("canonical"));
            byte[] leafInput = new byte[canonical.length + 1];
            System.arraycopy(canonical, 0, leafInput, 1, canonical.length);
            assertEquals(proof.getString("leafHash"), sha256(leafInput), "the proof is of this very entry");
            MerkleVerifier.verifyInclusion(proof.getJsonNumber("leafIndex").longValue(), checkpoint.treeSize(),
                    HEX.parseHex(proof.getString("leafHash")), hashes(proof.getJsonArray("auditPath")),
                    checkpoint.rootHash());
        }
        java.net.http.HttpResponse<byte[]> pdf = api.bytes(HttpRequest.newBuilder(api.uri("api/v1/items/" + id
                        + "/dossier"))
                .header("Authorization", Api.basic(Users.COMPLIANCE, Users.passwordOf(Users.COMPLIANCE)))
                .header("Accept", "application/pdf").GET());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = pdfText(pdf.body());
        for (String expected : List.of(id, "Dossier subject", "extractive-1", "ITEM_APPROVED",
                "Matches the council notice", "RELEASED", "Sources", "Decisions", "src-1",
                checkpointPart.getString("verifierKey").substring(0, 20))) {
            assertTrue(text.contains(expected), "the PDF shows " + expected);
        }
        assertProblem(api.get("api/v1/items/" + id + "/dossier", Users.REVIEWER), 403, null);
        assertProblem(api.get("api/v1/items/" + java.util.UUID.randomUUID() + "/dossier", Users.COMPLIANCE), 404,
                "not-found");
    }

    /** The text of every page, as a reader of the PDF sees it. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // Table cells wrap long lines; compare words, not line breaks.
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private static List<String> types(JsonObject page) {
        return page.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> !MachineEvents.isMachine(entry)).map(entry -> entry.getString("type")).toList();
    }

    private static final HexFormat HEX = HexFormat.of();

    private static List<byte[]> hashes(JsonArray hex) {
        return hex.getValuesAs(jakarta.json.JsonString::getString).stream().map(HEX::parseHex).toList();
    }

    // --- automatic checks -----------------------------------------------------------------------------------

    @Test
    void aRevisionEnteringReviewGetsItsFindingsAndTheirLedgerEntries() {
        String id = submitted(Users.EDITOR, "Budget " + ExampleCheck.FLAG + " passes " + ExampleCheck.FLAG);

        JsonObject item = checked(id, 1);
        List<JsonObject> findings = item.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("checkId").equals(ExampleCheck.ID)).toList();
        assertEquals(2, findings.size(), item.toString());
        for (JsonObject finding : findings) {
            assertEquals(ExampleCheck.FLAG, finding.getString("text"));
            assertEquals("MEDIUM", finding.getString("severity"));
            assertEquals("FLAGGED", finding.getString("verdict"));
            assertEquals("OPEN", finding.getString("status"));
            assertFalse(finding.getString("id").isBlank());
        }
        JsonObject completed = checkEntry(id, "CHECK_COMPLETED");
        assertEquals(1, completed.getInt("revision"));
        assertEquals(2, completed.getJsonObject("summary").getInt("findings"));
        assertEquals("1", completed.getJsonObject("models").getString("example-model"));
        assertEquals(64, completed.getString("reportSha256").length());

        // Reviewers work through the findings: one is overridden with a reason, once, on the record.
        String overridden = findings.get(0).getString("id");
        assertProblem(resolve(id, overridden, Users.REVIEWER, "overridden", "fine"), 422, "incomplete-request");
        assertProblem(resolve(id, overridden, Users.EDITOR, "overridden", "The marker is part of the headline style"),
                403, "missing-role");
        Answer resolved = resolve(id, overridden, Users.REVIEWER, "overridden",
                "The marker is part of the headline style");
        assertEquals(200, resolved.status(), resolved.raw().body());
        assertEquals("OVERRIDDEN", resolved.json().getString("status"));
        assertEquals(Users.REVIEWER, resolved.json().getString("resolvedBy"));
        assertProblem(resolve(id, overridden, Users.REVIEWER, "overridden", "A second opinion on the same marker"),
                409, "illegal-transition");
        JsonObject entry = api.get("api/v1/ledger?itemId=" + id + "&type=FINDING_RESOLVED", Users.COMPLIANCE).json()
                .getJsonArray("entries").getJsonObject(0);
        assertEquals(Users.REVIEWER, entry.getString("actor"));
        assertEquals("overridden", entry.getJsonObject("payload").getString("resolution"));
        assertEquals(overridden, entry.getJsonObject("payload").getString("findingId"));
        String toFix = findings.get(1).getString("id");
        assertProblem(resolve(id, toFix, Users.EDITOR, "fixed", null), 422, "incomplete-request");

        // An edit is a new revision: it is checked afresh, and an open finding of the revision before that the check
        // no longer finds is fixed by that re-evaluation, on the record; nobody has to say so.
        Answer revised = api.post("api/v1/items/" + id + "/revisions", Users.REVIEWER, Json.createObjectBuilder()
                .add("title", "Budget passes").add("body", "The budget passed on Monday.").add("expectedRevision", 1)
                .build());
        assertEquals(201, revised.status(), revised.raw().body());
        assertTrue(checked(id, 2).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .noneMatch(finding -> finding.getString("checkId").equals(ExampleCheck.ID)));
        JsonObject fixedByRecheck = resolutionOf(id, toFix);
        assertEquals("imprimatur-checks", fixedByRecheck.getString("actor"));
        assertEquals("fixed", fixedByRecheck.getJsonObject("payload").getString("resolution"));
        assertEquals(2, fixedByRecheck.getJsonObject("payload").getInt("fixedByRevision"));
        assertProblem(resolve(id, toFix, Users.EDITOR, "fixed", null), 409, "illegal-transition");
        assertProblem(resolve(id, java.util.UUID.randomUUID().toString(), Users.REVIEWER, "overridden",
                "No finding has this id, so nothing is resolved"), 404, "not-found");
    }

    @Test
    void aReviewersDecisionOnWordsALaterRevisionLeavesUnchangedIsTakenOverNotAskedAgain() {
        String id = submitted(Users.EDITOR, "Stadium " + ExampleCheck.FLAG + " plan");
        JsonObject flagged = checked(id, 1).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("checkId").equals(ExampleCheck.ID)).findFirst().orElseThrow();
        assertEquals(200, resolve(id, flagged.getString("id"), Users.REVIEWER, "overridden",
                "The marker is the sponsor's registered name").status());

        Answer revised = api.post("api/v1/items/" + id + "/revisions", Users.EDITOR, Json.createObjectBuilder()
                .add("title", "Stadium plan").add("body", "The council debated the stadium " + ExampleCheck.FLAG
                        + " plan on Monday.").add("expectedRevision", 1).build());
        assertEquals(201, revised.status(), revised.raw().body());

        JsonObject again = checked(id, 2).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("checkId").equals(ExampleCheck.ID)).findFirst().orElseThrow();
        assertEquals("OVERRIDDEN", again.getString("status"), again.toString());
        assertEquals(Users.REVIEWER, again.getString("resolvedBy"), "the decision stays the reviewer's");
        JsonObject takenOver = resolutionOf(id, again.getString("id"));
        assertEquals("imprimatur-checks", takenOver.getString("actor"));
        assertEquals(flagged.getString("id"), takenOver.getJsonObject("payload").getString("takenOverFrom"));
    }

    /** The ledger entry that resolved this finding. */
    private JsonObject resolutionOf(String itemId, String findingId) {
        return api.get("api/v1/ledger?itemId=" + itemId + "&type=FINDING_RESOLVED", Users.COMPLIANCE).json()
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getJsonObject("payload").getString("findingId").equals(findingId))
                .findFirst().orElseThrow(() -> new AssertionError("no resolution of " + findingId));
    }

    private Answer resolve(String itemId, String findingId, String user, String resolution, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("resolution", resolution);
        if (reason != null) {
            body.add("reason", reason);
        }
        return api.post("api/v1/items/" + itemId + "/findings/" + findingId + "/resolution", user, body.build());
    }

    @Test
    void aCheckThatBreaksOrHangsLeavesAFindingThatSaysSoNeverASilentPass() {
        for (String marker : List.of(ExampleCheck.BREAK, ExampleCheck.STALL)) {
            String id = submitted(Users.EDITOR, "Unlucky " + marker);

            JsonObject failure = checked(id, 1).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                    .filter(finding -> finding.getString("checkId").equals(ExampleCheck.ID)).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding for " + marker));
            assertEquals("check-failed", failure.getString("category"));
            assertEquals("HIGH", failure.getString("severity"));
            assertTrue(failure.getString("message").contains("did not run"), failure.toString());
            JsonObject entry = checkEntry(id, "CHECK_FAILED");
            assertFalse(entry.getString("reason").isBlank(), entry.toString());
        }
    }

    /** Polls the item until the checks of this revision have finished, failing past a deadline. */
    private JsonObject checked(String id, int revision) {
        return Polling.until(() -> api.get("api/v1/items/" + id, Users.REVIEWER).json(),
                item -> item.getInt("revision") == revision && !item.isNull("checks")
                        && item.getJsonObject("checks").getString("status").equals("SUCCEEDED"),
                java.time.Duration.ofSeconds(90), "the checks of " + id + " revision " + revision);
    }

    /** The payload of the example check's newest ledger entry of this type about the item. */
    private JsonObject checkEntry(String itemId, String type) {
        return api.get("api/v1/ledger?itemId=" + itemId + "&type=" + type, Users.COMPLIANCE).json()
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getJsonObject("payload"))
                .filter(payload -> payload.getString("checkId").equals(ExampleCheck.ID)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " entry of the example check for " + itemId));
    }

    // --- notifications -----------------------------------------------------------------------------------------

    @Test
    void aTransitionReachesTheDeskWebhookSignedWithItsSecret() throws Exception {
        String id = submitted(Users.EDITOR, "Tram line extended");
        assertEquals(200, transition(id, Users.REVIEWER, "approve", "Matches the transport agency notice").status());

        JsonObject request = hookRequest(OutsideWorld.DESK_HOOK, id, "ITEM_APPROVED");
        JsonObject headers = request.getJsonObject("headers");
        String body = request.getString("body");
        // As a receiver verifies it (docs/notifications.md): HMAC-SHA256 over "<timestamp>.<body>" with the secret.
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(DESK_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(
                (headers.getString("Imprimatur-Timestamp") + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, headers.getString("Imprimatur-Signature"));

        JsonObject event = Json.createReader(new java.io.StringReader(body)).readObject();
        assertEquals(headers.getString("Imprimatur-Event-Id"), event.getString("id"));
        assertEquals("ITEM_APPROVED", headers.getString("Imprimatur-Event-Type"));
        assertEquals(Users.REVIEWER, event.getString("actor"));
        assertEquals("general", event.getString("desk"));
        assertEquals("APPROVED", event.getJsonObject("data").getString("state"));
        assertFalse(body.contains("transport agency"), "the reviewer's reason stays in the ledger");
        JsonObject entry = api.get("api/v1/ledger?itemId=" + id + "&type=ITEM_APPROVED", Users.COMPLIANCE).json()
                .getJsonArray("entries").getJsonObject(0);
        assertEquals(entry.getJsonNumber("seq").longValue(), event.getJsonNumber("ledgerSeq").longValue());
        assertEquals(entry.getString("recordedAt"), event.getString("time"));
    }

    @Test
    void aFailingWebhookIsRetriedUntilItTakesTheEventAndTheLogShowsEveryAttempt() {
        String id = submitted(Users.EDITOR, "Unconfirmed stadium deal");
        assertEquals(200, transition(id, Users.REVIEWER, "reject", "No second source for the deal").status());

        JsonObject delivery = delivery(id, OutsideWorld.FLAKY_HOOK, "ITEM_REJECTED", "DELIVERED");
        assertEquals(OutsideWorld.FLAKY_FAILURES + 1, delivery.getInt("attempts"));
        List<JsonObject> log = delivery.getJsonArray("log").getValuesAs(JsonObject.class);
        assertEquals(List.of(500, 500, 204), log.stream().map(attempt -> attempt.getInt("statusCode")).toList());
        assertEquals("HTTP 500", log.get(0).getString("error"));
        assertFalse(log.get(2).containsKey("error"), "a successful attempt has no error");

        List<JsonObject> received = world.hookRequests(OutsideWorld.FLAKY_HOOK).getJsonArray("requests")
                .getValuesAs(JsonObject.class).stream()
                .filter(request -> request.getString("body").contains(id)).toList();
        assertEquals(3, received.size());
        assertEquals(1, received.stream().map(request -> request.getJsonObject("headers")
                .getString("Imprimatur-Event-Id")).distinct().count(), "one event id on every attempt");
        assertEquals(1, received.stream().map(request -> request.getString("body")).distinct().count());
    }

    @Test
    void aDeadWebhookNeverBlocksATransitionAndIsGivenUpAfterItsLastAttempt() {
        String id = submitted(Users.EDITOR, "Ferry timetable changes");
        Answer approved = transition(id, Users.REVIEWER, "approve", null);
        assertEquals(200, approved.status(), approved.raw().body());
        labelled(id);
        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());
        assertEquals("RELEASED", api.get("api/v1/items/" + id, Users.EDITOR).json().getString("state"));

        JsonObject dead = delivery(id, DEAD_WEBHOOK, "ITEM_APPROVED", "FAILED");
        assertEquals(DEAD_WEBHOOK_ATTEMPTS, dead.getInt("attempts"));
        assertTrue(dead.getJsonArray("log").getValuesAs(JsonObject.class).stream().allMatch(attempt ->
                !attempt.containsKey("statusCode") && attempt.getString("error").startsWith("ConnectException")),
                dead.toString());
        delivery(id, OutsideWorld.DESK_HOOK, "ITEM_RELEASED", "DELIVERED");

        Answer retried = api.post("api/v1/notifications/deliveries/" + dead.getString("id") + "/retry", Users.ADMIN,
                Json.createObjectBuilder().build());
        assertEquals(204, retried.status(), retried.raw().body());
        Polling.until(() -> deliveryById(id, dead.getString("id")), again -> again.getInt("attempts")
                == DEAD_WEBHOOK_ATTEMPTS + 1 && again.getString("status").equals("FAILED"), NOTIFICATION_DEADLINE,
                "one more attempt at the dead webhook");
        String delivered = delivery(id, OutsideWorld.DESK_HOOK, "ITEM_RELEASED", "DELIVERED").getString("id");
        assertProblem(api.post("api/v1/notifications/deliveries/" + delivered + "/retry", Users.ADMIN,
                Json.createObjectBuilder().build()), 409, "conflict");
        assertProblem(api.post("api/v1/notifications/deliveries/" + java.util.UUID.randomUUID() + "/retry",
                Users.ADMIN, Json.createObjectBuilder().build()), 404, "not-found");
        assertProblem(api.get("api/v1/notifications/deliveries", Users.COMPLIANCE), 403, null);
        assertProblem(api.get("api/v1/notifications/deliveries?status=LOST", Users.ADMIN), 422, "invalid-value");
    }

    @Test
    void aTransitionOnADeskMailsTheDesksRecipients() throws Exception {
        Answer submitted = api.post("api/v1/items", Users.EDITOR, article("Metro fares frozen").add("desk", "metro")
                .build());
        assertEquals(201, submitted.status(), submitted.raw().body());
        String id = submitted.json().getString("id");
        assertEquals(200, transition(id, Users.REVIEWER, "approve", null).status());

        delivery(id, METRO_DESK_ADDRESS, "ITEM_APPROVED", "DELIVERED");
        String subject = "Imprimatur: item approved by " + Users.REVIEWER + " (item " + id + ")";
        jakarta.mail.internet.MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subjectOf(message).equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail: " + subject));
        assertEquals(METRO_DESK_ADDRESS, mail.getAllRecipients()[0].toString());
        assertTrue(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).contains("Desk:         metro"));
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first request a webhook receiver got about an item's event of this type, waiting for it. */
    private JsonObject hookRequest(String hook, String itemId, String type) {
        JsonObject requests = Polling.until(() -> world.hookRequests(hook),
                got -> find(got, itemId, type) != null, NOTIFICATION_DEADLINE, type + " for " + itemId + " at " + hook);
        return find(requests, itemId, type);
    }

    private static JsonObject find(JsonObject requests, String itemId, String type) {
        return requests.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(request -> request.getString("body").contains("\"itemId\":\"" + itemId + "\"")
                        && type.equals(request.getJsonObject("headers").getString("Imprimatur-Event-Type")))
                .findFirst().orElse(null);
    }

    /** An item's delivery to one receiver from the delivery log, once it has reached {@code status}. */
    private JsonObject delivery(String itemId, String target, String type, String status) {
        JsonObject log = Polling.until(() -> deliveriesOf(itemId), page -> deliveryIn(page, target, type, status) != null,
                NOTIFICATION_DEADLINE, type + " to " + target + " " + status);
        return deliveryIn(log, target, type, status);
    }

    private JsonObject deliveryById(String itemId, String id) {
        return deliveriesOf(itemId).getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                .filter(delivery -> delivery.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private JsonObject deliveriesOf(String itemId) {
        Answer page = api.get("api/v1/notifications/deliveries?itemId=" + itemId, Users.ADMIN);
        assertEquals(200, page.status(), page.raw().body());
        return page.json();
    }

    private static JsonObject deliveryIn(JsonObject page, String target, String type, String status) {
        return page.getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                .filter(delivery -> delivery.getString("target").equals(target)
                        && delivery.getString("eventType").equals(type) && delivery.getString("status").equals(status))
                .findFirst().orElse(null);
    }

    // --- plugins, operations, sign-in --------------------------------------------------------------------------

    @Test
    void aPluginJarDroppedIntoTheDeploymentIsListed() {
        Answer plugins = api.get("api/v1/plugins", Users.ADMIN);
        assertEquals(200, plugins.status());
        JsonObject example = ((JsonArray) plugins.parse()).getValuesAs(JsonObject.class).stream()
                .filter(plugin -> plugin.getString("id").equals(ExampleCheck.ID)).findFirst().orElseThrow();
        assertEquals("check", example.getString("spi"));
        assertNotNull(example.getString("version"));
        assertEquals(ExampleCheck.class.getName(), example.getString("type"));
        assertTrue(((JsonArray) plugins.parse()).getValuesAs(JsonObject.class).stream().anyMatch(plugin ->
                plugin.getString("id").equals(HoldPolicy.ID) && plugin.getString("spi").equals("review-policy")));
        for (String target : List.of("store", ExampleTarget.ID)) {
            assertTrue(((JsonArray) plugins.parse()).getValuesAs(JsonObject.class).stream().anyMatch(plugin ->
                    plugin.getString("id").equals(target) && plugin.getString("spi").equals("publication")), target);
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Answer ready = api.get("health/ready", null);
        assertEquals(200, ready.status(), ready.raw().body());
        JsonObject database = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals(DatabaseUnderTest.kind().equals("h2") ? "H2" : "PostgreSQL",
                database.getJsonObject("data").getString("database"));

        assertEquals(200, api.get("metrics", null).status());

        String openApi = api.get("openapi", null).raw().body();
        for (String path : List.of("/api/v1/ledger:", "/api/v1/items:", "/api/v1/items/{id}:", "/api/v1/items/{id}/transitions:", "/api/v1/items/{id}/revisions:", "/api/v1/items/{id}/dossier:",
                "/api/v1/ledger/verify:", "/api/v1/ledger/entries/{seq}:", "/api/v1/ledger/entries/{seq}/proof:",
                "/api/v1/ledger/consistency:", "/api/v1/ledger/checkpoint:", "/api/v1/ledger/checkpoints:",
                "/api/v1/ledger/public-key:", "/api/v1/ledger/export:", "/api/v1/ledger/keys/rotation:", "/api/v1/plugins:", "/api/v1/accounts:", "/api/v1/session:")) {
            assertTrue(openApi.contains(path), "OpenAPI documents " + path);
        }
    }

    @Test
    void theLoginFormOpensABrowserSession() {
        Answer page = api.get("login.html", null);
        assertEquals(200, page.status());
        assertTrue(page.raw().body().contains("name=\"password\""));

        Answer wrong = api.send(form("alice", "wrong"));
        assertEquals(302, wrong.status());
        assertTrue(wrong.header("Location").orElseThrow().contains("login.html?failed"));

        Answer login = api.send(form("alice", "alice"));
        assertEquals(302, login.status(), login.raw().body());
        String cookie = login.header("Set-Cookie").orElseThrow().split(";", 2)[0];
        Answer session = api.send(HttpRequest.newBuilder(api.uri("api/v1/session")).header("Cookie", cookie).GET());
        assertEquals("alice", session.json().getString("user"));
        assertEquals(List.of("editor"), session.json().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
        assertTrue(session.json().getBoolean("demo"));

        // The session cookie works for the browser's own pages, not for a request another site makes it send.
        String submission = article("Sent with a session").build().toString();
        Answer forged = api.send(HttpRequest.newBuilder(api.uri("api/v1/items")).header("Cookie", cookie)
                .header("Content-Type", "application/json").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(submission)));
        assertProblem(forged, 403, "cross-site-request");
        Answer crossSite = api.send(HttpRequest.newBuilder(api.uri("api/v1/items")).header("Cookie", cookie)
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(submission)));
        assertProblem(crossSite, 403, "cross-site-request");
        Answer own = api.send(HttpRequest.newBuilder(api.uri("api/v1/items")).header("Cookie", cookie)
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(submission)));
        assertEquals(201, own.status(), own.raw().body());
        assertEquals("alice", own.json().getString("requestedBy"));
    }

    private HttpRequest.Builder form(String user, String password) {
        return HttpRequest.newBuilder(api.uri("auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Answer submit(String user, String title) {
        return api.post("api/v1/items", user, article(title).build());
    }

    private String submitted(String user, String title) {
        Answer answer = submit(user, title);
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.json().getString("id");
    }

    private String submitted(String user, String title, String desk) {
        Answer answer = api.post("api/v1/items", user, article(title).add("desk", desk).build());
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.json().getString("id");
    }

    private static JsonObjectBuilder article(String title) {
        return Json.createObjectBuilder()
                .add("kind", "ARTICLE")
                .add("title", title)
                .add("body", body(title))
                .add("modelCard", modelCard(title));
    }

    private static String body(String title) {
        return title + ". The council said so on Monday, according to its press release.";
    }

    private static JsonObjectBuilder modelCard(String title) {
        return Json.createObjectBuilder()
                .add("provider", "grounded")
                .add("model", "extractive-1")
                .add("modelVersion", "2026.11")
                .add("parameters", Json.createObjectBuilder().add("temperature", 0.2).add("seed", 7))
                .add("promptSha256", sha256("prompt for " + title))
                .add("sourceIds", Json.createArrayBuilder().add("src-1").add("src-2"));
    }

    /**
     * A publisher sets the default label, once the checks of the current revision have run, so that the
     * disclosure-missing finding it resolves is there (and in the ledger) every time.
     */
    private void labelled(String id) {
        checked(id, api.get("api/v1/items/" + id, Users.PUBLISHER).json().getInt("revision"));
        Answer labelled = api.put("api/v1/items/" + id + "/disclosure", Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, labelled.status(), labelled.raw().body());
    }

    private Answer transition(String id, String user, String action, String reason) {
        JsonObjectBuilder request = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            request.add("reason", reason);
        }
        return api.post("api/v1/items/" + id + "/transitions", user, request.build());
    }

    private JsonObject verifyLedger() {
        Answer verify = api.get("api/v1/ledger/verify", Users.COMPLIANCE);
        assertEquals(200, verify.status(), verify.raw().body());
        return verify.json();
    }

    /** The event types the ledger holds for one item, in order, read straight from the database. */
    private static List<String> ledgerEventsOf(String itemId) {
        return DatabaseUnderTest.ledgerColumn(itemId, "event_type", null);
    }

    /** The sequence numbers of one item's ledger entries, in order, read straight from the database. */
    private static List<Long> ledgerSequenceNumbersOf(String itemId) {
        return DatabaseUnderTest.ledgerColumn(itemId, "seq", null).stream().map(Long::valueOf).toList();
    }

    /** How many entries the ledger holds besides the automatic checks', read straight from the database. */
    private static long humanPathEntries() {
        try (Connection db = DatabaseUnderTest.connect();
             PreparedStatement query = db.prepareStatement(MachineEvents.COUNT_HUMAN_PATH);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
