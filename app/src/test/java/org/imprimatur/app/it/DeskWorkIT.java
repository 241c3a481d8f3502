package org.imprimatur.app.it;

import static org.imprimatur.app.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.imprimatur.app.it.Api.Answer;
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

/**
 * Desk work over HTTP against the real WAR: queues with their ageing and SLA, claiming and handing out items, the
 * reviewers' "next item" under contention, and comments with mentions — each change in the ledger. Every test files
 * its items under a desk of its own run, so that items of earlier runs on the same database stay out of its queues.
 */
@ExtendWith({DatabaseUnderTest.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskWorkIT {

    /** The build configures this desk's review SLA as PT30M; every other desk has the default, PT4H. */
    private static final String METRO = "metro";
    private static final int REVIEWERS = 4;
    private static final int RACED_ITEMS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("imprimatur.it.war")));
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private final String rita = Users.created("desk-rita");
    private final String eve = Users.created("desk-eve");
    private final List<String> reviewers = new ArrayList<>();

    /** The deployment URL is injected per test, so the per-class set-up runs on the first test. */
    // The build points the optional moderation check at it: without it every revision's moderation fails and
    // leaves a high finding that the default policy will not let an approval pass.
    private OutsideWorld world;

    @BeforeAll
    void openTheOutsideWorld() throws IOException {
        world = new OutsideWorld(OutsideWorld.port());
    }

    @AfterAll
    void closeTheOutsideWorld() {
        world.close();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        if (reviewers.isEmpty()) {
            createAccount(rita, "reviewer");
            createAccount(eve, "editor", "reviewer");
            for (int r = 0; r < REVIEWERS; r++) {
                String reviewer = Users.created("desk-rev" + r);
                createAccount(reviewer, "reviewer");
                reviewers.add(reviewer);
            }
        }
    }

    // --- queues -------------------------------------------------------------------------------------------------

    @Test
    void aQueueFiltersByStateDeskAndAssigneeAndPagesOldestFirst() {
        String desk = desk("queue");
        String first = submitted(Users.EDITOR, desk, "First in");
        String second = submitted(Users.EDITOR, desk, "Second in");
        String third = submitted(Users.EDITOR, desk, "Third in");

        JsonObject page0 = queue(Users.REVIEWER, "desk=" + desk + "&state=IN_REVIEW&sort=age&size=2");
        assertEquals(List.of(first, second), ids(page0));
        assertTrue(page0.getBoolean("more"));
        JsonObject page1 = queue(Users.REVIEWER, "desk=" + desk + "&state=IN_REVIEW&sort=age&size=2&page=1");
        assertEquals(List.of(third), ids(page1));
        assertFalse(page1.getBoolean("more"));
        assertEquals(List.of(third, second, first), ids(queue(Users.REVIEWER, "desk=" + desk + "&sort=newest")));

        JsonObject row = page0.getJsonArray("items").getJsonObject(0);
        assertEquals("First in", row.getString("title"));
        assertEquals(desk, row.getString("desk"));
        assertEquals("IN_REVIEW", row.getString("state"));
        assertEquals("ARTICLE", row.getString("kind"));
        assertEquals(Users.EDITOR, row.getString("requestedBy"));
        assertFalse(row.containsKey("assignee"));
        Instant enteredReview = Instant.parse(row.getString("enteredReviewAt"));
        assertEquals(enteredReview, Instant.parse(row.getString("stateSince")));
        assertEquals(enteredReview.plus(Duration.ofHours(4)), Instant.parse(row.getString("slaDueAt")),
                "the default review SLA");
        assertFalse(row.getBoolean("overdue"));
        assertTrue(row.getString("timeInState").startsWith("PT"), row.toString());

        assertEquals(200, claim(second, Users.REVIEWER).status());
        assertEquals(List.of(first, third), ids(queue(Users.REVIEWER, "desk=" + desk + "&assignee=none")));
        assertEquals(List.of(second), ids(queue(Users.REVIEWER, "desk=" + desk + "&assignee=me")));
        assertEquals(List.of(second), ids(queue(Users.EDITOR, "desk=" + desk + "&assignee=" + Users.REVIEWER)));
        assertEquals(Users.REVIEWER, queue(Users.EDITOR, "desk=" + desk + "&assignee=" + Users.REVIEWER)
                .getJsonArray("items").getJsonObject(0).getString("assignee"));

        assertEquals(200, transition(first, Users.REVIEWER, "request_changes", "Source the date").status());
        assertEquals(List.of(first), ids(queue(Users.REVIEWER, "desk=" + desk + "&state=changes_requested")));
        JsonObject sentBack = queue(Users.REVIEWER, "desk=" + desk + "&state=CHANGES_REQUESTED")
                .getJsonArray("items").getJsonObject(0);
        assertFalse(sentBack.containsKey("slaDueAt"), "the SLA counts time in review only");
        assertEquals(List.of(third, second), ids(queue(Users.REVIEWER, "desk=" + desk + "&state=IN_REVIEW,APPROVED"
                + "&sort=newest")));
    }

    @Test
    void aDeskWithItsOwnSlaShowsItsOwnDueTime() {
        String id = submitted(Users.EDITOR, METRO, "Tram line closes");
        assertEquals(200, claim(id, rita).status());

        // rita's account is this run's, so her metro queue holds this item alone.
        JsonObject mine = queue(rita, "desk=" + METRO + "&assignee=me");
        assertEquals(List.of(id), ids(mine));
        JsonObject row = mine.getJsonArray("items").getJsonObject(0);
        assertEquals(Instant.parse(row.getString("enteredReviewAt")).plus(Duration.ofMinutes(30)),
                Instant.parse(row.getString("slaDueAt")));
    }

    @Test
    void unusableQueueParametersAreProblems() {
        assertProblem(api.get("api/v1/items?state=PUBLISHED", Users.REVIEWER), 422, "invalid-value");
        assertProblem(api.get("api/v1/items?sort=oldest", Users.REVIEWER), 422, "invalid-value");
        assertProblem(api.get("api/v1/items?size=0", Users.REVIEWER), 422, "invalid-value");
        assertProblem(api.get("api/v1/items?desk=../x", Users.REVIEWER), 422, "incomplete-request");
    }

    // --- assignment ---------------------------------------------------------------------------------------------

    @Test
    void assignmentsFollowTheRulesAndEndWithTheWork() {
        String id = submitted(Users.EDITOR, desk("assign"), "Harbour dredging starts");

        Answer handedOut = assign(id, rita, Users.REVIEWER);
        assertEquals(200, handedOut.status(), handedOut.raw().body());
        assertEquals(Users.REVIEWER, handedOut.json().getString("assignee"));
        assertEquals(Users.REVIEWER, api.get("api/v1/items/" + id, Users.EDITOR).json().getString("assignee"));

        assertProblem(claim(id, rita), 409, "already-assigned");
        assertProblem(api.delete(assignment(id), rita), 403, "missing-role");
        assertProblem(assign(id, rita, "nobody-" + Users.RUN), 422, "ineligible-assignee");
        assertProblem(assign(id, Users.ADMIN, Users.EDITOR), 422, "ineligible-assignee");
        assertProblem(assign(id, Users.ADMIN, Users.PUBLISHER), 422, "ineligible-assignee");

        Answer letGo = api.delete(assignment(id), Users.REVIEWER);
        assertEquals(200, letGo.status(), letGo.raw().body());
        assertFalse(letGo.json().containsKey("assignee"));
        assertEquals(200, assign(id, Users.ADMIN, rita).status());
        assertEquals(200, api.delete(assignment(id), Users.ADMIN).status());

        assertEquals(200, claim(id, Users.REVIEWER).status());
        Answer approved = transition(id, Users.REVIEWER, "approve", null);
        assertEquals(200, approved.status(), approved.raw().body());
        assertFalse(approved.json().containsKey("assignee"), "approval ends the reviewer's work");
        assertProblem(claim(id, rita), 403, "missing-role");
        assertEquals(200, claim(id, Users.PUBLISHER).status());
        checksReported(id);
        assertEquals(200, api.put("api/v1/items/" + id + "/disclosure", Users.PUBLISHER, JsonValue.EMPTY_JSON_OBJECT)
                .status());
        assertEquals(200, transition(id, Users.PUBLISHER, "release", null).status());
        assertProblem(claim(id, Users.PUBLISHER), 409, "illegal-transition");

        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_ASSIGNED", "ITEM_UNASSIGNED", "ITEM_ASSIGNED", "ITEM_UNASSIGNED",
                "ITEM_ASSIGNED", "ITEM_APPROVED", "ITEM_UNASSIGNED", "ITEM_ASSIGNED", "DISCLOSURE_LABELLED",
                "FINDING_RESOLVED", "ITEM_RELEASED", "ITEM_UNASSIGNED"), ledgerEventsOf(id));
        assertTrue(verifyLedger());
    }

    @Test
    void nobodyIsAssignedWhatTheyRequestedOrWrote() {
        String id = submitted(eve, desk("own"), "Eve's own draft");
        assertProblem(claim(id, eve), 403, "four-eyes");
        assertProblem(assign(id, Users.REVIEWER, eve), 403, "four-eyes");
    }

    // --- next item ----------------------------------------------------------------------------------------------

    @Test
    void nextHandsOutTheOldestItemTheReviewerCouldPassOrNothing() {
        String desk = desk("next");
        assertEquals(204, next(Users.REVIEWER, desk).status(), "an empty queue");

        String evesOwn = submitted(eve, desk, "Eve's draft");
        String older = submitted(Users.EDITOR, desk, "Older");
        String newer = submitted(Users.EDITOR, desk, "Newer");

        Answer evesNext = next(eve, desk);
        assertEquals(200, evesNext.status(), evesNext.raw().body());
        assertEquals(older, evesNext.json().getString("id"), "eve is never handed her own draft");
        assertEquals(eve, evesNext.json().getString("assignee"));
        assertEquals(evesOwn, next(Users.REVIEWER, desk).json().getString("id"));
        assertEquals(newer, next(Users.REVIEWER, desk).json().getString("id"));
        assertEquals(204, next(rita, desk).status());
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_ASSIGNED"), ledgerEventsOf(older));
    }

    @Test
    void reviewersRacingForNextItemsNeverShareOneAndLoseNoApproval() throws Exception {
        String desk = desk("race");
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < RACED_ITEMS; i++) {
            submitted.add(submitted(Users.EDITOR, desk, "Race " + i));
        }
        Map<String, String> handedTo = new ConcurrentHashMap<>();
        List<String> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> workers = new ArrayList<>();
            for (String reviewer : reviewers) {
                workers.add(pool.submit(() -> {
                    start.await();
                    List<Integer> approvals = new ArrayList<>();
                    for (Answer got = next(reviewer, desk); got.status() == 200; got = next(reviewer, desk)) {
                        JsonObject item = got.json();
                        String id = item.getString("id");
                        if (handedTo.putIfAbsent(id, reviewer) != null) {
                            duplicates.add(id);
                        }
                        approvals.add(api.post("api/v1/items/" + id + "/transitions", reviewer,
                                Json.createObjectBuilder().add("action", "approve")
                                        .add("expectedRevision", item.getInt("revision")).build()).status());
                    }
                    return approvals;
                }));
            }
            start.countDown();
            for (Future<List<Integer>> worker : workers) {
                List<Integer> approvals = worker.get(10, TimeUnit.MINUTES);
                assertTrue(approvals.stream().allMatch(status -> status == 200), approvals.toString());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of(), duplicates, "no item is handed to two reviewers");
        assertEquals(submitted, handedTo.keySet(), "every item is handed out");
        for (String id : submitted) {
            JsonObject item = api.get("api/v1/items/" + id, Users.EDITOR).json();
            assertEquals("APPROVED", item.getString("state"));
            assertEquals(handedTo.get(id), item.getString("approvedBy"));
            assertEquals(List.of("ITEM_SUBMITTED", "ITEM_ASSIGNED", "ITEM_APPROVED", "ITEM_UNASSIGNED"),
                    ledgerEventsOf(id));
        }
        assertTrue(verifyLedger());
    }

    // --- comments -----------------------------------------------------------------------------------------------

    @Test
    void commentsOnAnItemOrASpanMentionPeopleAndTheLedgerKeepsOnlyTheirDigest() throws Exception {
        String id = submitted(Users.EDITOR, desk("comments"), "Library hours extended");
        String body = api.get("api/v1/items/" + id, Users.REVIEWER).json().getString("body");
        String text = "@Alice which source says Monday? cc @nobody-" + Users.RUN + " and desk@example.org";
        int start = body.indexOf("Monday");

        Answer onSpan = api.post("api/v1/items/" + id + "/comments", Users.REVIEWER, Json.createObjectBuilder()
                .add("text", text).add("span", Json.createObjectBuilder().add("start", start).add("end", start + 6))
                .add("revision", 1).build());
        assertEquals(201, onSpan.status(), onSpan.raw().body());
        JsonObject comment = onSpan.json();
        assertEquals(1, comment.getInt("revision"));
        assertEquals(start, comment.getInt("start"));
        assertEquals(Users.REVIEWER, comment.getString("author"));
        JsonArray mentions = comment.getJsonArray("mentions");
        assertEquals(2, mentions.size(), mentions.toString());
        assertEquals(Users.EDITOR, mentions.getJsonObject(0).getString("user"));
        assertTrue(mentions.getJsonObject(0).getBoolean("known"));
        assertFalse(mentions.getJsonObject(1).getBoolean("known"));

        Answer onItem = api.post("api/v1/items/" + id + "/comments", Users.EDITOR,
                Json.createObjectBuilder().add("text", "The council minutes, page 3.").build());
        assertEquals(201, onItem.status(), onItem.raw().body());
        assertFalse(onItem.json().containsKey("start"));

        Answer listed = api.get("api/v1/items/" + id + "/comments", Users.COMPLIANCE);
        assertEquals(200, listed.status(), listed.raw().body());
        assertEquals(List.of(comment.getString("id"), onItem.json().getString("id")),
                listed.parse().asJsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("id"))
                        .toList());

        assertProblem(comment(id, Users.REVIEWER, body.length() - 1, body.length() + 5), 422, "incomplete-request");
        assertProblem(comment(id, Users.REVIEWER, 5, 2), 422, "invalid-value");
        assertProblem(api.post("api/v1/items/" + id + "/comments", Users.COMPLIANCE,
                Json.createObjectBuilder().add("text", "x").build()), 403, null);
        assertProblem(api.get("api/v1/items/" + java.util.UUID.randomUUID() + "/comments", Users.REVIEWER), 404,
                "not-found");

        List<String> payloads = DatabaseUnderTest.ledgerColumn(id, "payload", "COMMENT_ADDED");
        assertEquals(2, payloads.size());
        JsonObject recorded = Json.createReader(new java.io.StringReader(payloads.get(0))).readObject();
        assertEquals(comment.getString("id"), recorded.getString("commentId"));
        assertEquals(List.of(Users.EDITOR), recorded.getJsonArray("mentions").getValuesAs(JsonString::getString),
                "only known users, by id");
        assertEquals(start, recorded.getJsonObject("span").getInt("start"));
        assertEquals(sha256(text), recorded.getString("textSha256"));
        assertFalse(payloads.get(0).contains("Monday?"), "the ledger holds no comment text");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A desk of this run alone. */
    private static String desk(String purpose) {
        return purpose + "-" + Users.RUN;
    }

    private void createAccount(String name, String... roles) {
        Answer created = api.post("api/v1/accounts", Users.ADMIN, Json.createObjectBuilder()
                .add("username", name).add("password", Users.passwordOf(name))
                .add("roles", Json.createArrayBuilder(List.of(roles))).build());
        assertEquals(201, created.status(), created.raw().body());
    }

    private String submitted(String editor, String desk, String title) {
        Answer answer = api.post("api/v1/items", editor, Json.createObjectBuilder()
                .add("kind", "ARTICLE").add("desk", desk).add("title", title)
                .add("body", title + ". The council said so on Monday, according to its press release.")
                .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "extractive-1")
                        .add("modelVersion", "2026.11").add("parameters", Json.createObjectBuilder())
                        .add("promptSha256", sha256("prompt for " + title)).add("sourceIds", Json.createArrayBuilder()))
                .build());
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.json().getString("id");
    }

    private JsonObject queue(String user, String query) {
        Answer answer = api.get("api/v1/items?" + query, user);
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.json();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(row -> row.getString("id"))
                .toList();
    }

    private static String assignment(String id) {
        return "api/v1/items/" + id + "/assignment";
    }

    private Answer claim(String id, String user) {
        return api.post(assignment(id), user, Json.createObjectBuilder().build());
    }

    private Answer assign(String id, String by, String assignee) {
        return api.post(assignment(id), by, Json.createObjectBuilder().add("assignee", assignee).build());
    }

    private Answer next(String reviewer, String desk) {
        return api.postRaw("api/v1/review/next?desk=" + desk, reviewer, "");
    }

    private Answer transition(String id, String user, String action, String reason) {
        var request = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            request.add("reason", reason);
        }
        return api.post("api/v1/items/" + id + "/transitions", user, request.build());
    }

    private Answer comment(String id, String user, int start, int end) {
        return api.post("api/v1/items/" + id + "/comments", user, Json.createObjectBuilder().add("text", "x")
                .add("span", Json.createObjectBuilder().add("start", start).add("end", end)).build());
    }

    private boolean verifyLedger() {
        Answer verify = api.get("api/v1/ledger/verify", Users.COMPLIANCE);
        assertEquals(200, verify.status(), verify.raw().body());
        return verify.json().getBoolean("valid");
    }

    /** Waits until every check has reported on the item's current revision: a release waits for their findings. */
    private void checksReported(String id) {
        Polling.until(() -> api.get("api/v1/items/" + id, Users.REVIEWER).json(),
                item -> !item.isNull("checks") && item.getJsonObject("checks").getString("status").equals("SUCCEEDED"),
                Duration.ofSeconds(90), "the checks of " + id);
    }

    /** The event types the ledger holds for one item, in order, besides the automatic checks'. */
    private static List<String> ledgerEventsOf(String itemId) {
        return DatabaseUnderTest.ledgerColumn(itemId, "event_type", null);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
