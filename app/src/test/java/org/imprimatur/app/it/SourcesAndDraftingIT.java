package org.imprimatur.app.it;

import static org.imprimatur.app.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPMeta;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.imprimatur.app.it.Api.Answer;
import org.imprimatur.app.publication.XmpReadBack;
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
 * Sources in, drafts and images out, over HTTP against the real WAR in a real Payara Micro: files and URLs are
 * ingested with Tika, hostile input is refused without harm, generation jobs run the embedded drafter and the
 * HTTP providers (against {@link OutsideWorld}), and every result enters review attributed and on the ledger.
 */
@ExtendWith({DatabaseUnderTest.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesAndDraftingIT {

    private static final Duration JOB_DEADLINE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new java.io.File(System.getProperty("imprimatur.it.war")));
    }

    @ArquillianResource
    private URL base;

    private Api api;
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
    }

    // --- sources ----------------------------------------------------------------------------------------------

    @Test
    void aTextSourceIsIngestedOnceWithItsRightsAndRecordedInTheLedger() {
        byte[] text = ("Wire copy " + UUID.randomUUID() + ". The port of Riverton handled 2.4 million tonnes of "
                + "cargo last year. Its director said volumes would grow again.").getBytes(StandardCharsets.UTF_8);

        Answer first = upload("wire.txt", text, Map.of("creditLine", "Riverton Wire", "licence", "syndication",
                "embargoUntil", "2026-12-01"));
        assertEquals(201, first.status(), first.raw().body());
        JsonObject source = first.json();
        assertEquals(sha256(text), source.getString("sha256"));
        assertTrue(source.getString("mediaType").startsWith("text/plain"), source.toString());
        assertEquals("en", source.getString("language"));
        assertEquals(text.length, source.getJsonNumber("byteSize").longValue());
        assertEquals("wire.txt", source.getString("origin"));
        assertEquals(3, source.getInt("passages"), "one passage per sentence");
        assertEquals("Riverton Wire", source.getJsonObject("rights").getString("creditLine"));
        assertEquals("2026-12-01T00:00:00Z", source.getJsonObject("rights").getString("embargoUntil"));
        String id = source.getString("id");
        assertTrue(first.header("Location").orElseThrow().endsWith("/api/v1/sources/" + id));

        Answer again = upload("same-bytes-other-name.txt", text, Map.of());
        assertEquals(200, again.status(), "the same bytes are one source: " + again.raw().body());
        assertEquals(id, again.json().getString("id"));

        List<JsonObject> passages = api.get("api/v1/sources/" + id + "/passages", Users.REVIEWER).parse()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals("The port of Riverton handled 2.4 million tonnes of cargo last year.",
                passages.get(1).getString("text"));

        List<JsonObject> ingested = ledger("SOURCE_INGESTED").stream()
                .filter(entry -> entry.getJsonObject("payload").getString("sourceId").equals(id)).toList();
        assertEquals(1, ingested.size(), "recorded once, for the upload that created it");
        JsonObject payload = ingested.get(0).getJsonObject("payload");
        assertEquals(sha256(text), payload.getString("sha256"));
        assertEquals("syndication", payload.getJsonObject("rights").getString("licence"));
        assertEquals(Users.EDITOR, ingested.get(0).getString("actor"));
    }

    @Test
    void noReleaseDrawsOnASourceBeforeItsEmbargoEnds() {
        String desk = "wire-" + Users.RUN;
        Answer policy = api.put("api/v1/policies/" + desk + "/article", Users.ADMIN, Json.createObjectBuilder()
                .add("rules", Json.createObjectBuilder().add("embargo", JsonValue.EMPTY_JSON_OBJECT)
                        .add("approver-not-releaser", JsonValue.EMPTY_JSON_OBJECT)).build());
        assertEquals(200, policy.status(), policy.raw().body());
        String sentence = "The harbour reopened on Monday after two weeks of repairs.";
        Answer source = upload("embargoed.txt", ("Embargoed wire " + UUID.randomUUID() + ". " + sentence)
                .getBytes(StandardCharsets.UTF_8), Map.of("embargoUntil", "2099-01-01"));
        assertEquals(201, source.status(), source.raw().body());
        String sourceId = source.json().getString("id");
        Answer submitted = api.post("api/v1/items", Users.EDITOR, Json.createObjectBuilder()
                .add("kind", "ARTICLE").add("desk", desk).add("title", "Harbour reopens").add("body", sentence)
                .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "extractive-1")
                        .add("modelVersion", "1").add("parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("promptSha256", sha256("harbour".getBytes(StandardCharsets.UTF_8)))
                        .add("sourceIds", Json.createArrayBuilder().add(sourceId)))
                .build());
        assertEquals(201, submitted.status(), submitted.raw().body());
        String itemId = submitted.json().getString("id");
        checked(itemId);
        Answer approved = transition(itemId, Users.REVIEWER, "approve");
        assertEquals("APPROVED", approved.json().getString("state"), approved.raw().body());
        assertEquals(200, api.put("api/v1/items/" + itemId + "/disclosure", Users.PUBLISHER,
                JsonValue.EMPTY_JSON_OBJECT).status());

        Answer embargoed = transition(itemId, Users.PUBLISHER, "release");
        assertProblem(embargoed, 409, "policy");
        assertEquals("newsroom:embargo", embargoed.json().getString("rule"));
        assertTrue(embargoed.json().getString("detail").contains(sourceId), embargoed.raw().body());

        Answer lifted = api.put("api/v1/sources/" + sourceId + "/rights", Users.EDITOR, Json.createObjectBuilder()
                .add("creditLine", "Riverton Wire").build());
        assertEquals(200, lifted.status(), lifted.raw().body());
        Answer released = transition(itemId, Users.PUBLISHER, "release");
        assertEquals("RELEASED", released.json().getString("state"), released.raw().body());
        JsonObject newsroom = ledger("ITEM_RELEASED", itemId).get(0).getJsonObject("payload").getJsonArray("policies")
                .getJsonObject(0);
        assertEquals("newsroom", newsroom.getString("policy"));
        assertEquals(List.of("approver-not-releaser", "embargo"), newsroom.getJsonArray("rules")
                .getValuesAs(JsonObject.class).stream().map(rule -> rule.getString("rule")).toList());
    }

    private Answer transition(String itemId, String user, String action) {
        return api.post("api/v1/items/" + itemId + "/transitions", user, Json.createObjectBuilder()
                .add("action", action).build());
    }

    @Test
    void pdfHtmlAndImageSourcesAreRead() {
        Answer pdf = upload("statement.pdf", pdf("The harbour authority confirmed the new ferry timetable. "
                + "Sailings start at six in the morning, reference " + UUID.randomUUID() + "."), Map.of());
        assertEquals(201, pdf.status(), pdf.raw().body());
        assertEquals("application/pdf", pdf.json().getString("mediaType"));
        List<JsonObject> passages = api.get("api/v1/sources/" + pdf.json().getString("id") + "/passages",
                Users.EDITOR).parse().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals("The harbour authority confirmed the new ferry timetable.", passages.get(0).getString("text"),
                passages.toString());
        assertEquals(pdf.json().getInt("passages"), passages.size());

        Answer html = upload("release.html", OutsideWorld.pressRelease().getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(201, html.status(), html.raw().body());
        assertEquals("Riverton bridge to reopen in autumn", html.json().getString("title"));
        assertTrue(html.json().getString("mediaType").startsWith("text/html"), html.json().toString());

        Answer image = upload("bridge.png", OutsideWorld.picture(40, 30), Map.of());
        assertEquals(201, image.status(), image.raw().body());
        assertEquals("image/png", image.json().getString("mediaType"));
        assertEquals(0, image.json().getInt("passages"), "an image source gives metadata, not text");
        assertEquals(40, image.json().getJsonObject("image").getInt("width"));
    }

    @Test
    void aUrlIsFetchedThroughItsRedirectsAndItsFinalAddressIsItsOrigin() {
        Answer fetched = api.post("api/v1/sources", Users.EDITOR, Json.createObjectBuilder()
                .add("url", world.url("/pages/moved")).add("creditLine", "Regional transport agency").build());

        assertEquals(201, fetched.status(), fetched.raw().body());
        JsonObject source = fetched.json();
        assertEquals(world.url("/pages/release.html"), source.getString("origin"));
        assertEquals("Riverton bridge to reopen in autumn", source.getString("title"));
        assertEquals(sha256(world.servedPressRelease().getBytes(StandardCharsets.UTF_8)), source.getString("sha256"));
        assertTrue(source.getInt("passages") >= 2, source.toString());
    }

    @Test
    void addressesInsideTheNetworkAreRefusedWithTheReason() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/intranet",
                "http://[fd00:ec2::254]/", "ftp://127.0.0.1/release.txt")) {
            Answer refused = api.post("api/v1/sources", Users.EDITOR, Json.createObjectBuilder().add("url", url)
                    .build());
            assertProblem(refused, 422, "url-refused");
            assertFalse(refused.json().getString("detail").isBlank(), url);
        }
        assertProblem(api.post("api/v1/sources", Users.EDITOR, Json.createObjectBuilder().add("url", "not a url")
                .build()), 422, null);
    }

    @Test
    void hostileUploadsGetAClearAnswerAndTheServerStaysHealthy() {
        long twoHundredMegabytes = 200L * 1024 * 1024;
        Answer huge = api.postForm("api/v1/sources", Users.EDITOR, "huge.txt",
                () -> new RepeatingInputStream("All work and no play. ".getBytes(StandardCharsets.UTF_8),
                        twoHundredMegabytes), Map.of());
        assertProblem(huge, 413, "source-too-large");

        assertProblem(upload("quarterly-report.pdf", zip(Map.of("payload.txt", "not a pdf at all")), Map.of()),
                415, "mislabelled-source");
        byte[] pdf = pdf("A statement that will be cut short, reference " + UUID.randomUUID() + ".");
        byte[] corrupt = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        Answer broken = upload("truncated.pdf", corrupt, Map.of());
        assertEquals(422, broken.status(), broken.raw().body());
        assertTrue(broken.contentType().startsWith(ProblemAssertions.PROBLEM_JSON));

        Answer bomb = upload("bomb.docx", docxWithDocument(new RepeatingInputStream("<w:t>ha</w:t>"
                .getBytes(StandardCharsets.UTF_8), 300L * 1024 * 1024)), Map.of());
        assertEquals(422, bomb.status(), bomb.raw().body());

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            laughs.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><lolz>&lol9;</lolz>");
        Answer entityBomb = upload("feed.xml", laughs.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(422, entityBomb.status(), entityBomb.raw().body());

        assertEquals(200, api.get("health/ready", null).status(), "the server is still healthy");
        assertEquals(201, upload("after-the-storm.txt", ("Calm returned " + UUID.randomUUID() + ".")
                .getBytes(StandardCharsets.UTF_8), Map.of()).status(), "and still ingests");
    }

    @Test
    void onlyEditorsAddSourcesAndEveryRoleReadsThem() {
        assertEquals(403, upload("r.txt", "A reviewer's note.".getBytes(StandardCharsets.UTF_8), Users.REVIEWER)
                .status());
        assertEquals(401, api.get("api/v1/sources", null).status());
        assertEquals(200, api.get("api/v1/sources?limit=5", Users.COMPLIANCE).status());
        assertProblem(api.get("api/v1/sources/" + UUID.randomUUID(), Users.REVIEWER), 404, "source-not-found");
    }

    // --- drafting ---------------------------------------------------------------------------------------------

    @Test
    void aGroundedDraftStreamsItsProgressAndEntersReviewWithEverySentenceAttributed() throws IOException {
        List<String> sourceIds = List.of(sourceFromResource("council-release.txt"),
                sourceFromResource("council-opposition.txt"), sourceFromResource("bridge-engineers.txt"));

        Answer started = api.post("api/v1/drafts", Users.EDITOR, Json.createObjectBuilder()
                .add("brief", Json.createObjectBuilder().add("topic", "Riverton city council budget vote")
                        .add("angle", "what it means for the Old Mill Bridge").add("desk", "local")
                        .add("targetWords", 150).add("language", "en"))
                .add("sourceIds", Json.createArrayBuilder(sourceIds)).build());
        assertEquals(202, started.status(), started.raw().body());
        String jobId = started.json().getString("jobId");
        assertTrue(started.header("Location").orElseThrow().endsWith("/api/v1/jobs/" + jobId));

        List<JsonObject> events = events(jobId);
        JsonObject last = events.get(events.size() - 1);
        assertEquals("SUCCEEDED", last.getString("status"), events.toString());
        assertEquals(100, last.getInt("progress"));
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).getInt("progress") >= events.get(i - 1).getInt("progress"), events.toString());
        }
        String itemId = last.getString("itemId");
        assertEquals(last.toString(), api.get("api/v1/jobs/" + jobId, Users.EDITOR).json().toString());

        JsonObject item = api.get("api/v1/items/" + itemId, Users.REVIEWER).json();
        assertEquals("IN_REVIEW", item.getString("state"));
        assertEquals(Users.EDITOR, item.getString("requestedBy"));
        assertEquals("grounded-extractive", item.getJsonObject("modelCard").getString("model"));
        assertEquals(sourceIds, item.getJsonObject("modelCard").getJsonArray("sourceIds")
                .getValuesAs(JsonString::getString));
        String body = item.getString("body");
        List<JsonObject> attributions = item.getJsonArray("attributions").getValuesAs(JsonObject.class);
        assertFalse(attributions.isEmpty());
        for (JsonObject attribution : attributions) {
            String sentence = attribution.getString("sentence");
            assertEquals(sentence, body.substring(attribution.getInt("start"), attribution.getInt("end")));
            List<JsonObject> sources = attribution.getJsonArray("sources").getValuesAs(JsonObject.class);
            assertFalse(sources.isEmpty(), "the grounded drafter writes nothing without a source: " + sentence);
            JsonObject source = sources.get(0);
            assertTrue(sourceIds.contains(source.getString("sourceId")));
            assertTrue(source.getJsonNumber("score").doubleValue() > 0 && source.getJsonNumber("score")
                    .doubleValue() <= 1);
            assertTrue(source.getString("passage").replaceAll("\\s+", " ").endsWith(sentence),
                    "an extractive draft copies its passages: " + sentence + " / " + source.getString("passage"));
        }

        assertEquals(List.of("ITEM_SUBMITTED", "DRAFT_PRODUCED"), ledgerTypesOf(itemId));
        JsonObject producedFor = ledger("DRAFT_PRODUCED", itemId).get(0).getJsonObject("payload");
        assertEquals(jobId, producedFor.getString("jobId"));
        assertEquals(attributions.size(), producedFor.getJsonObject("attributions").getInt("sentences"));
        assertEquals(0, producedFor.getJsonObject("attributions").getInt("unsourced"));
        assertTrue(ledger("GENERATION_STARTED").stream().anyMatch(entry ->
                entry.getJsonObject("payload").getString("jobId").equals(jobId)));
    }

    @Test
    void theChecksRunOnADraftAndFindNothingContradictedInSentencesCopiedFromItsSources() throws IOException {
        List<String> sourceIds = List.of(sourceFromResource("council-release.txt"),
                sourceFromResource("bridge-engineers.txt"));
        String itemId = succeededItem(draft("grounded", "Old Mill Bridge repairs", sourceIds));

        JsonObject item = checked(itemId);
        List<JsonObject> findings = item.getJsonArray("findings").getValuesAs(JsonObject.class);
        assertTrue(findings.stream().noneMatch(f -> f.getString("category").equals("check-failed")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.getString("checkId").equals("fact")
                && f.getString("verdict").equals("CONTRADICTED")), "a copied sentence agrees with itself: " + findings);
        assertTrue(findings.stream().anyMatch(f -> f.getString("checkId").equals("fact")
                && f.getString("verdict").equals("SUPPORTED")), findings.toString());
        List<String> checked = api.get("api/v1/ledger?itemId=" + itemId + "&type=CHECK_COMPLETED", Users.COMPLIANCE)
                .json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getJsonObject("payload").getString("checkId")).sorted().toList();
        assertEquals(List.of("disclosure", "fact", "moderation", "originality", "prompt-injection", "toxicity"), checked,
                "the checks that apply to articles; moderation because the build configures a service");
    }

    @Test
    void theDossierOfADraftShowsWhoAskedForWhatItsSourcesEveryCheckReportAndEachChange() throws IOException {
        String releaseId = sourceFromResource("council-release.txt");
        List<String> sourceIds = List.of(releaseId, sourceFromResource("bridge-engineers.txt"));
        String jobId = draft("grounded", "Riverton budget and the bridge", sourceIds);
        String itemId = succeededItem(jobId);
        JsonObject item = checked(itemId);
        assertEquals(200, api.post("api/v1/items/" + itemId + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                .add("action", "request_changes").add("reason", "Say what the bridge costs").build()).status());
        String edited = item.getString("body") + " The repairs will cost 6.5 million euros.";
        assertEquals(201, api.post("api/v1/items/" + itemId + "/revisions", Users.EDITOR, Json.createObjectBuilder()
                .add("title", item.getString("title")).add("body", edited).add("expectedRevision", 1).build())
                .status());

        JsonObject dossier = api.get("api/v1/items/" + itemId + "/dossier", Users.COMPLIANCE).json();

        JsonObject request = dossier.getJsonObject("request");
        assertEquals(jobId, request.getString("jobId"));
        assertEquals(Users.EDITOR, request.getString("requestedBy"));
        assertEquals("Riverton budget and the bridge", request.getJsonObject("brief").getString("topic"));
        JsonObject firstEntry = dossier.getJsonArray("ledger").getJsonObject(0);
        assertEquals("GENERATION_STARTED", firstEntry.getString("type"), "the request is in the ledger, with its proof");
        assertTrue(firstEntry.containsKey("inclusionProof"));

        List<JsonObject> sources = dossier.getJsonArray("sources").getValuesAs(JsonObject.class);
        assertEquals(sourceIds, sources.stream().map(source -> source.getString("id")).toList());
        JsonObject release = api.get("api/v1/sources/" + releaseId, Users.COMPLIANCE).json();
        assertEquals(release.getString("sha256"), sources.get(0).getString("sha256"));
        assertTrue(sources.get(0).getJsonObject("rights").containsKey("licence"));

        Map<String, String> reportDigests = new java.util.HashMap<>();
        for (JsonObject check : dossier.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            if (check.getInt("revision") == 1) {
                reportDigests.put(check.getString("checkId"), check.getString("sha256"));
                assertEquals("COMPLETED", check.getString("outcome"));
                assertTrue(check.getJsonObject("report").containsKey("findings"), check.toString());
            }
        }
        for (JsonObject entry : ledger("CHECK_COMPLETED", itemId)) {
            JsonObject payload = entry.getJsonObject("payload");
            if (payload.getInt("revision") == 1) {
                assertEquals(payload.getString("reportSha256"), reportDigests.get(payload.getString("checkId")),
                        "the dossier's report is the one the ledger vouches for");
            }
        }
        assertFalse(reportDigests.isEmpty());
        assertTrue(dossier.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .allMatch(finding -> finding.containsKey("status") && finding.containsKey("revision")));

        String diff = dossier.getJsonArray("revisions").getJsonObject(1).getString("diff");
        assertTrue(diff.lines().anyMatch(line -> line.equals("+The repairs will cost 6.5 million euros.")), diff);
        assertFalse(diff.lines().anyMatch(line -> line.startsWith("-") && !line.startsWith("---")),
                "nothing was taken out: " + diff);
        assertEquals(List.of("ITEM_SUBMITTED", "ITEM_CHANGES_REQUESTED", "ITEM_REVISED"),
                dossier.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                        .map(transition -> transition.getString("event")).toList());
    }

    @Test
    void anAdHocFactCheckFindsAChangedNumberAndStoresNothing() throws IOException {
        String release = sourceFromResource("council-release.txt");
        Answer report = api.post("api/v1/checks/fact", Users.REVIEWER, Json.createObjectBuilder()
                .add("text", "The Riverton City Council approved a budget of 52.4 million euros for 2027.")
                .add("sources", Json.createArrayBuilder().add(release)).build());

        assertEquals(200, report.status(), report.raw().body());
        assertEquals("fact", report.json().getString("checkId"));
        JsonObject contradicted = report.json().getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("verdict").equals("CONTRADICTED")).findFirst()
                .orElseThrow(() -> new AssertionError(report.raw().body()));
        assertFalse(contradicted.containsKey("id") && !contradicted.isNull("id"), "ad-hoc findings are not stored");
        assertEquals(release, contradicted.getJsonArray("evidence").getJsonObject(0).getString("sourceId"));

        assertProblem(api.post("api/v1/checks/fact", Users.REVIEWER, Json.createObjectBuilder().add("text", " ")
                .build()), 422, null);
        assertProblem(api.post("api/v1/checks/nonesuch", Users.REVIEWER, Json.createObjectBuilder()
                .add("text", "Text.").build()), 404, null);
        assertEquals(403, api.post("api/v1/checks/fact", Users.PUBLISHER, Json.createObjectBuilder()
                .add("text", "Text.").build()).status());
    }

    @Test
    void aLanguageModelsCitationsBecomeAttributionsAndUncitedSentencesAreMarked() throws IOException {
        String release = sourceFromResource("council-release.txt");
        String itemId = succeededItem(draft("openai", "Riverton budget", List.of(release)));

        JsonObject item = api.get("api/v1/items/" + itemId, Users.REVIEWER).json();
        assertEquals(OutsideWorld.DRAFT_TITLE, item.getString("title"));
        assertFalse(item.getString("body").contains("[1]"), "citation markers are not part of the article");
        assertEquals("newsroom-test-model", item.getJsonObject("modelCard").getString("model"));
        List<JsonObject> attributions = item.getJsonArray("attributions").getValuesAs(JsonObject.class);
        JsonObject cited = attributions.stream().filter(a -> a.getString("sentence")
                .equals(OutsideWorld.CITED_SENTENCE)).findFirst().orElseThrow(() -> new AssertionError(attributions));
        assertEquals(release, cited.getJsonArray("sources").getJsonObject(0).getString("sourceId"));
        JsonObject uncited = attributions.stream().filter(a -> a.getString("sentence")
                .equals(OutsideWorld.UNCITED_SENTENCE)).findFirst().orElseThrow(() -> new AssertionError(attributions));
        assertTrue(uncited.getJsonArray("sources").isEmpty(), "the explicit no-source mark");
        String prompt = world.modelRequests().get(world.modelRequests().size() - 1);
        assertTrue(prompt.contains("Riverton budget"), "the brief is in the prompt");
        assertTrue(prompt.contains("[1]"), "the passages are numbered");
    }

    @Test
    void aFailingProviderEndsTheJobFailedWithTheReasonAndNoItem() throws IOException {
        String release = sourceFromResource("council-release.txt");
        String jobId = draft("openai", "Budget " + OutsideWorld.OUTAGE, List.of(release));

        JsonObject job = finished(jobId);
        assertEquals("FAILED", job.getString("status"), job.toString());
        assertFalse(job.containsKey("itemId") && !job.isNull("itemId"), "no item: " + job);
        assertTrue(job.getString("error").contains("500"), job.toString());
        assertTrue(ledger("GENERATION_FAILED").stream().anyMatch(entry ->
                entry.getJsonObject("payload").getString("jobId").equals(jobId)));
    }

    @Test
    void draftRequestsThatCannotRunAreRefusedUpFront() throws IOException {
        String release = sourceFromResource("council-release.txt");
        assertProblem(api.post("api/v1/drafts", Users.EDITOR, draftRequest("Budget", List.of(release), "nonesuch")),
                422, "generation-refused");
        assertProblem(api.post("api/v1/drafts", Users.EDITOR, draftRequest("Budget",
                List.of(UUID.randomUUID().toString()), "grounded")), 422, "generation-refused");
        assertProblem(api.post("api/v1/drafts", Users.EDITOR, draftRequest(" ", List.of(release), "grounded")),
                422, null);
        assertProblem(api.post("api/v1/drafts", Users.EDITOR, draftRequest("Budget", List.of(), "grounded")),
                422, null);
        assertEquals(403, api.post("api/v1/drafts", Users.REVIEWER, draftRequest("Budget", List.of(release),
                "grounded")).status());
        assertProblem(api.get("api/v1/jobs/" + UUID.randomUUID(), Users.EDITOR), 404, "not-found");
    }

    @Test
    void aConfiguredModerationServiceFlagsAThreatInASubmittedArticle() {
        String threat = "Someone said they would " + OutsideWorld.VIOLENT_WORDS + " the town hall.";
        String body = "The council met on Monday. " + threat;
        Answer submitted = api.post("api/v1/items", Users.EDITOR, Json.createObjectBuilder()
                .add("kind", "ARTICLE").add("title", "Council meeting").add("body", body)
                .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "extractive-1")
                        .add("promptSha256", sha256(body.getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(201, submitted.status(), submitted.raw().body());
        String itemId = submitted.json().getString("id");

        List<JsonObject> moderation = checked(itemId).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("checkId").equals("moderation")).toList();
        assertEquals(1, moderation.size(), moderation.toString());
        assertEquals(threat, moderation.get(0).getString("text"));
        assertEquals("threat", moderation.get(0).getString("category"));
        assertEquals("HIGH", moderation.get(0).getString("severity"));
        assertTrue(((JsonArray) api.get("api/v1/plugins", Users.ADMIN).parse())
                .getValuesAs(JsonObject.class).stream().anyMatch(plugin -> plugin.getString("id").equals("moderation")
                        && plugin.getString("spi").equals("check")), "a configured optional check is listed");
    }

    // --- images -----------------------------------------------------------------------------------------------

    @Test
    void aGeneratedImageEntersReviewWithItsBytesPromptAndModelCard() {
        Answer started = api.post("api/v1/images", Users.EDITOR, Json.createObjectBuilder()
                .add("prompt", "The Old Mill Bridge at dawn, documentary style").add("caption", "The Old Mill Bridge")
                .add("width", 1024).add("height", 768).build());
        assertEquals(202, started.status(), started.raw().body());

        String itemId = succeededItem(started.json().getString("jobId"));
        JsonObject item = api.get("api/v1/items/" + itemId, Users.REVIEWER).json();
        assertEquals("IMAGE", item.getString("kind"));
        assertEquals("IN_REVIEW", item.getString("state"));
        assertEquals("The Old Mill Bridge", item.getString("title"));
        JsonObject image = item.getJsonObject("image");
        assertEquals("image/png", image.getString("mediaType"));
        assertEquals(64, image.getInt("width"));
        assertEquals(48, image.getInt("height"));
        assertEquals("The Old Mill Bridge at dawn, documentary style", image.getString("prompt"));

        HttpResponse<byte[]> picture = api.bytes(HttpRequest.newBuilder(api.uri("api/v1/items/" + itemId + "/image"))
                .header("Authorization", Api.basic(Users.REVIEWER, Users.passwordOf(Users.REVIEWER))));
        assertEquals(200, picture.statusCode());
        assertEquals(image.getString("sha256"), sha256(picture.body()));
        assertEquals(List.of("ITEM_SUBMITTED", "IMAGE_GENERATED"), ledgerTypesOf(itemId));
    }

    @Test
    void anImageMadeElsewhereIsRegisteredWithItsToolAndEntersReview() {
        byte[] png = OutsideWorld.picture(32, 32);
        Answer refused = api.postForm("api/v1/images/upload", Users.EDITOR, "skyline.png",
                () -> new ByteArrayInputStream(png), Map.of("prompt", "A skyline"));
        assertProblem(refused, 422, null);

        Answer registered = api.postForm("api/v1/images/upload", Users.EDITOR, "skyline.png",
                () -> new ByteArrayInputStream(png), Map.of("tool", "Midjourney v7", "prompt", "A skyline at night",
                        "caption", "Riverton skyline"));
        assertEquals(201, registered.status(), registered.raw().body());
        JsonObject item = registered.json();
        assertEquals("IMAGE", item.getString("kind"));
        assertEquals("IN_REVIEW", item.getString("state"));
        assertEquals("external", item.getJsonObject("modelCard").getString("provider"));
        assertEquals("Midjourney v7", item.getJsonObject("modelCard").getString("model"));
        assertEquals(sha256(png), item.getJsonObject("image").getString("sha256"));
        assertEquals(List.of("ITEM_SUBMITTED", "IMAGE_REGISTERED"), ledgerTypesOf(item.getString("id")));

        assertProblem(api.postForm("api/v1/images/upload", Users.EDITOR, "notes.txt",
                () -> new ByteArrayInputStream("just text".getBytes(StandardCharsets.UTF_8)),
                Map.of("tool", "Midjourney v7")), 415, null);
    }

    @Test
    void anAiImageThatNearDuplicatesAnImageSourceIsFlaggedWithTheSourcesCredit() {
        long seed = UUID.randomUUID().getMostSignificantBits();
        Answer photo = upload("harbour-at-dawn.png", OutsideWorld.encode(OutsideWorld.scene(seed, 1), "png"),
                Map.of("creditLine", "Jane Doe / Riverton Photo", "licence", "editorial use only"));
        assertEquals(201, photo.status(), photo.raw().body());
        String sourceId = photo.json().getString("id");
        byte[] reworked = OutsideWorld.encode(OutsideWorld.scene(seed, 0.75), "jpeg");

        Answer registered = api.postForm("api/v1/images/upload", Users.EDITOR, "harbour-ai.jpg",
                () -> new ByteArrayInputStream(reworked), Map.of("tool", "Midjourney v7", "caption", "The harbour"));
        assertEquals(201, registered.status(), registered.raw().body());
        String itemId = registered.json().getString("id");

        List<JsonObject> findings = checked(itemId).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("checkId").equals("image")).toList();
        JsonObject nearDuplicate = findings.stream().filter(f -> f.getString("category").equals("near-duplicate")
                && f.getString("message").contains(sourceId)).findFirst().orElseThrow(() -> new AssertionError(
                "no near-duplicate of " + sourceId + " in " + findings));
        assertEquals("MEDIUM", nearDuplicate.getString("severity"), "the source's rights are recorded");
        assertTrue(nearDuplicate.getString("message").contains("credit: Jane Doe / Riverton Photo"),
                nearDuplicate.getString("message"));
        assertEquals(sourceId, nearDuplicate.getJsonArray("evidence").getJsonObject(0).getString("sourceId"));
        assertTrue(findings.stream().anyMatch(f -> f.getString("category").equals("missing-marker")
                && f.getString("severity").equals("MEDIUM")), "the JPEG says nothing of AI: " + findings);
        assertTrue(ledger("CHECK_COMPLETED", itemId).stream()
                .anyMatch(entry -> entry.getJsonObject("payload").getString("checkId").equals("image")));

        assertProblem(api.post("api/v1/checks/image", Users.REVIEWER, Json.createObjectBuilder()
                .add("text", "The harbour at dawn.").build()), 422, null);
    }

    // --- release and publication ------------------------------------------------------------------------------

    @Test
    void aReleasedDraftCreditsTheSourcesItsSentencesRestOn() {
        byte[] wire = ("The Riverton ferry will run every twenty minutes from March. The harbour authority ordered two "
                + "new boats for the route. Ticket prices stay the same, the authority said. Reference "
                + UUID.randomUUID() + ".").getBytes(StandardCharsets.UTF_8);
        String itemId = succeededItem(draft("grounded", "Riverton ferry timetable", List.of(
                syndicated("ferry-wire.txt", wire, "Riverton Wire"))));

        released(itemId, Json.createObjectBuilder().build());

        JsonObject publication = api.get("api/v1/items/" + itemId + "/publication", Users.REVIEWER).json();
        assertEquals(List.of("Riverton Wire (syndication)"), publication.getJsonArray("credits")
                .getValuesAs(JsonString::getString));
        assertTrue(publication.getString("text").endsWith("\n\nSources:\nRiverton Wire (syndication)"),
                publication.getString("text"));
        JsonObject citation = publication.getJsonObject("jsonLd").getJsonArray("citation").getJsonObject(0);
        assertEquals("Riverton Wire", citation.getString("creditText"));
        assertEquals("syndication", citation.getString("license"));
        assertEquals("sha256:" + sha256(wire), citation.getString("identifier"));
    }

    @Test
    void provenanceRecordsKeepEachSpansSourceWithItsDigestAndRightsAndARewrittenButSupportedSentenceStillCredits() {
        byte[] wire = ("The Riverton tram line will get nine new stops from June. The transport board approved 45 "
                + "million euros for the extension. Works on the line start in April, the board said. Reference "
                + UUID.randomUUID() + ".").getBytes(StandardCharsets.UTF_8);
        String sourceId = syndicated("tram-wire.txt", wire, "Riverton Transit Wire");
        String itemId = succeededItem(draft("grounded", "Riverton tram extension", List.of(sourceId)));
        String drafted = checked(itemId).getString("body");

        JsonObject first = attributions(itemId, 1);
        List<JsonObject> draftRecords = records(first, "drafting");
        assertFalse(draftRecords.isEmpty(), first.toString());
        for (JsonObject record : draftRecords) {
            assertEquals(sourceId, record.getString("sourceId"));
            assertEquals(sha256(wire), record.getString("sourceSha256"));
            assertEquals("Riverton Transit Wire", record.getString("creditLine"));
            assertEquals("syndication", record.getString("licence"));
            assertEquals(drafted.substring(record.getInt("start"), record.getInt("end")), record.getString("text"));
            assertTrue(record.getBoolean("credits"));
        }
        List<JsonObject> factRecords = records(first, "check:fact");
        assertTrue(factRecords.stream().anyMatch(record -> record.getString("verdict").equals("SUPPORTED")
                && record.getString("sourceSha256").equals(sha256(wire))), first.toString());
        assertEquals(digest(first, "drafting"), ledger("ITEM_SUBMITTED", itemId).get(0).getJsonObject("payload")
                .getJsonObject("attributionRecords").getString("sha256"), "the ledger vouches for the drafted records");
        assertEquals(digest(first, "check:fact"), checkEntry(itemId, "fact", 1).getJsonObject("evidenceRecords")
                .getString("sha256"), "and for the fact check's evidence");

        // The wire changes how it wants to be credited; what was recorded stays as it was.
        Answer rights = api.put("api/v1/sources/" + sourceId + "/rights", Users.EDITOR, Json.createObjectBuilder()
                .add("creditLine", "Riverton Transit Wire Service").add("licence", "syndication").build());
        assertEquals(200, rights.status(), rights.raw().body());
        String original = "The transport board approved 45 million euros for the extension.";
        String rewritten = "The transport board has approved 45 million euros for the extension.";
        assertTrue(drafted.contains(original), drafted);
        assertEquals(200, api.post("api/v1/items/" + itemId + "/transitions", Users.REVIEWER, Json.createObjectBuilder()
                .add("action", "request_changes").add("reason", "Put the board's decision in the perfect").build())
                .status());
        String edited = drafted.replace(original, rewritten);
        Answer revised = api.post("api/v1/items/" + itemId + "/revisions", Users.EDITOR, Json.createObjectBuilder()
                .add("title", "Riverton tram extension").add("body", edited).add("expectedRevision", 1).build());
        assertEquals(201, revised.status(), revised.raw().body());
        checked(itemId);

        assertTrue(records(attributions(itemId, 1), "drafting").stream()
                .allMatch(record -> record.getString("creditLine").equals("Riverton Transit Wire")));
        JsonObject second = attributions(itemId, 2);
        int at = edited.indexOf(rewritten);
        List<JsonObject> onRewritten = second.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(record -> record.getInt("start") <= at && record.getInt("end") > at).toList();
        assertTrue(onRewritten.stream().noneMatch(record -> record.getString("origin").equals("drafting")),
                "people wrote it: the drafter's attribution is gone " + onRewritten);
        JsonObject supported = onRewritten.stream().filter(record -> record.getString("origin").equals("check:fact")
                        && record.getString("verdict").equals("SUPPORTED")).findFirst()
                .orElseThrow(() -> new AssertionError("the fact check backs the rewritten sentence: " + second));
        assertTrue(supported.getBoolean("credits"));
        assertEquals(sourceId, supported.getString("sourceId"));
        assertEquals("Riverton Transit Wire Service", supported.getString("creditLine"), "the rights of its time");
        assertFalse(records(second, "drafting").isEmpty(), "the sentences kept word for word keep their sources");

        released(itemId, Json.createObjectBuilder().build());
        JsonObject publication = api.get("api/v1/items/" + itemId + "/publication", Users.REVIEWER).json();
        assertEquals(List.of("Riverton Transit Wire Service (syndication)"), publication.getJsonArray("credits")
                .getValuesAs(JsonString::getString));
        JsonObject decision = ledger("ITEM_RELEASED", itemId).get(0).getJsonObject("payload")
                .getJsonObject("publication").getJsonObject("labelDecision");
        JsonObject text = decision.getJsonObject("text");
        assertEquals(1, text.getInt("editedSentences"), decision.toString());
        assertEquals(2, decision.getInt("labelledRevision"), "labelled after the edit");
        assertEquals(List.of(Users.EDITOR), decision.getJsonObject("humanReview").getJsonArray("editedBy")
                .getValuesAs(JsonString::getString));
        assertEquals(List.of(Users.REVIEWER), decision.getJsonObject("humanReview").getJsonArray("approvedBy")
                .getValuesAs(JsonString::getString));

        JsonObject dossier = api.get("api/v1/items/" + itemId + "/dossier", Users.COMPLIANCE).json();
        JsonObject dossierSecond = dossier.getJsonArray("revisions").getJsonObject(1).getJsonObject("provenance");
        assertEquals(second.getJsonArray("records"), dossierSecond.getJsonArray("records"));
        assertEquals(second.getJsonArray("sets"), dossierSecond.getJsonArray("sets"));
        assertEquals(decision, dossier.getJsonObject("published").getJsonObject("labelDecision"));
        HttpResponse<byte[]> pdf = api.bytes(HttpRequest.newBuilder(api.uri("api/v1/items/" + itemId + "/dossier"))
                .header("Accept", "application/pdf")
                .header("Authorization", Api.basic(Users.COMPLIANCE, Users.passwordOf(Users.COMPLIANCE))).GET());
        assertEquals(200, pdf.statusCode());
        assertProblem(api.get("api/v1/items/" + itemId + "/revisions/3/attributions", Users.REVIEWER), 404,
                "not-found");
    }

    @Test
    void aReleasedImageCarriesItsDisclosureLabelAsXmp() throws Exception {
        // A picture of its own: one the image check finds among earlier pictures without rights would be held up.
        byte[] png = OutsideWorld.encode(OutsideWorld.scene(UUID.randomUUID().getMostSignificantBits(), 1), "png");
        Answer registered = api.postForm("api/v1/images/upload", Users.EDITOR, "harbour.png",
                () -> new ByteArrayInputStream(png), Map.of("tool", "Midjourney v7", "caption", "The new ferry"));
        assertEquals(201, registered.status(), registered.raw().body());
        String itemId = registered.json().getString("id");
        String statement = "Made with AI and retouched by our picture desk.";

        released(itemId, Json.createObjectBuilder().add("statement", statement)
                .add("digitalSourceType", "compositeWithTrainedAlgorithmicMedia").build());

        HttpResponse<byte[]> published = api.bytes(HttpRequest.newBuilder(api.uri("api/v1/items/" + itemId
                        + "/publication/image"))
                .header("Authorization", Api.basic(Users.REVIEWER, Users.passwordOf(Users.REVIEWER))).GET());
        assertEquals(200, published.statusCode());
        assertEquals("image/png", published.headers().firstValue("Content-Type").orElse(""));
        XMPMeta xmp = XmpReadBack.packetFoundByTika(published.body());
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
                xmp.getPropertyString(XMPConst.NS_IPTCEXT, "DigitalSourceType"));
        assertTrue(xmp.getLocalizedText(XMPConst.NS_DC, "description", null, XMPConst.X_DEFAULT).getValue()
                .contains(statement));
        assertEquals("Midjourney v7", xmp.getPropertyString(XMPConst.NS_XMP, "CreatorTool"));
        JsonObject publication = api.get("api/v1/items/" + itemId + "/publication", Users.REVIEWER).json();
        assertEquals(sha256(published.body()), publication.getString("sha256"));
        assertEquals("ImageObject", publication.getJsonObject("jsonLd").getString("@type"));
    }

    /** A reviewer approves the item, a publisher labels it as asked and releases it. */
    private void released(String itemId, JsonObject label) {
        checked(itemId);
        Answer approved = api.post("api/v1/items/" + itemId + "/transitions", Users.REVIEWER,
                Json.createObjectBuilder().add("action", "approve").build());
        assertEquals(200, approved.status(), approved.raw().body());
        Answer labelled = api.put("api/v1/items/" + itemId + "/disclosure", Users.PUBLISHER, label);
        assertEquals(200, labelled.status(), labelled.raw().body());
        Answer released = api.post("api/v1/items/" + itemId + "/transitions", Users.PUBLISHER,
                Json.createObjectBuilder().add("action", "release").build());
        assertEquals(200, released.status(), released.raw().body());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private JsonObject attributions(String itemId, int revision) {
        Answer answer = api.get("api/v1/items/" + itemId + "/revisions/" + revision + "/attributions", Users.REVIEWER);
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.json();
    }

    private static List<JsonObject> records(JsonObject attributions, String origin) {
        return attributions.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(record -> record.getString("origin").equals(origin)).toList();
    }

    /** The digest of the one set of records of this origin. */
    private static String digest(JsonObject attributions, String origin) {
        List<JsonObject> sets = attributions.getJsonArray("sets").getValuesAs(JsonObject.class).stream()
                .filter(set -> set.getString("origin").equals(origin)).toList();
        assertEquals(1, sets.size(), attributions.toString());
        return sets.get(0).getString("sha256");
    }

    /** The payload of the check's CHECK_COMPLETED entry on one revision of the item. */
    private JsonObject checkEntry(String itemId, String checkId, int revision) {
        return ledger("CHECK_COMPLETED", itemId).stream().map(entry -> entry.getJsonObject("payload"))
                .filter(payload -> payload.getString("checkId").equals(checkId)
                        && payload.getInt("revision") == revision)
                .findFirst().orElseThrow(() -> new AssertionError("no " + checkId + " report on revision " + revision));
    }

    private Answer upload(String fileName, byte[] bytes, Map<String, String> fields) {
        return api.postForm("api/v1/sources", Users.EDITOR, fileName, () -> new ByteArrayInputStream(bytes), fields);
    }

    /** A new source under the syndication licence with this credit line; its id. */
    private String syndicated(String fileName, byte[] bytes, String creditLine) {
        Answer source = upload(fileName, bytes, Map.of("creditLine", creditLine, "licence", "syndication"));
        assertEquals(201, source.status(), source.raw().body());
        return source.json().getString("id");
    }

    private Answer upload(String fileName, byte[] bytes, String user) {
        return api.postForm("api/v1/sources", user, fileName, () -> new ByteArrayInputStream(bytes), Map.of());
    }

    private String sourceFromResource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sources/" + name)) {
            Answer answer = upload(name, in.readAllBytes(), Map.of());
            assertTrue(answer.status() == 201 || answer.status() == 200, answer.raw().body());
            return answer.json().getString("id");
        }
    }

    private static JsonObject draftRequest(String topic, List<String> sourceIds, String provider) {
        return Json.createObjectBuilder()
                .add("brief", Json.createObjectBuilder().add("topic", topic).add("targetWords", 120))
                .add("sourceIds", Json.createArrayBuilder(sourceIds)).add("provider", provider).build();
    }

    private String draft(String provider, String topic, List<String> sourceIds) {
        Answer started = api.post("api/v1/drafts", Users.EDITOR, draftRequest(topic, sourceIds, provider));
        assertEquals(202, started.status(), started.raw().body());
        return started.json().getString("jobId");
    }

    private String succeededItem(String jobId) {
        JsonObject job = finished(jobId);
        assertEquals("SUCCEEDED", job.getString("status"), job.toString());
        return job.getString("itemId");
    }

    /** Polls the job until it has finished, failing past the deadline. */
    private JsonObject finished(String jobId) {
        return Polling.until(() -> api.get("api/v1/jobs/" + jobId, Users.EDITOR).json(),
                job -> job.getString("status").equals("SUCCEEDED") || job.getString("status").equals("FAILED"),
                JOB_DEADLINE, "job " + jobId);
    }

    /** Polls the item until the checks of its current revision have finished, failing past the deadline. */
    private JsonObject checked(String itemId) {
        return Polling.until(() -> api.get("api/v1/items/" + itemId, Users.REVIEWER).json(),
                item -> !item.isNull("checks") && item.getJsonObject("checks").getString("status").equals("SUCCEEDED"),
                JOB_DEADLINE, "the checks of " + itemId);
    }

    /** Reads the job's server-sent events until the server ends the stream. */
    private List<JsonObject> events(String jobId) {
        HttpRequest request = HttpRequest.newBuilder(api.uri("api/v1/jobs/" + jobId + "/events"))
                .timeout(JOB_DEADLINE).header("Accept", "text/event-stream")
                .header("Authorization", Api.basic(Users.EDITOR, Users.passwordOf(Users.EDITOR))).build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = api.client().send(request,
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            List<JsonObject> events = new ArrayList<>();
            String name = null;
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    assertEquals("progress", name);
                    events.add(Json.createReader(new java.io.StringReader(line.substring(5).strip())).readObject());
                }
            }
            assertFalse(events.isEmpty(), "the stream sends the job's state at least once");
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> ledger(String type) {
        return api.get("api/v1/ledger?type=" + type + "&size=500", Users.COMPLIANCE).json().getJsonArray("entries")
                .getValuesAs(JsonObject.class);
    }

    private List<JsonObject> ledger(String type, String itemId) {
        return api.get("api/v1/ledger?type=" + type + "&itemId=" + itemId, Users.COMPLIANCE).json()
                .getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    /** One item's ledger event types, oldest first. */
    private List<String> ledgerTypesOf(String itemId) {
        List<String> types = new ArrayList<>(api.get("api/v1/ledger?itemId=" + itemId, Users.COMPLIANCE).json()
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream().filter(e -> !MachineEvents.isMachine(e))
                .map(e -> e.getString("type")).toList());
        java.util.Collections.reverse(types);
        return types;
    }

    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX whose document part inflates from a few hundred kilobytes to far more than any limit allows. */
    private static byte[] docxWithDocument(InputStream documentXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>")
                    .getBytes(StandardCharsets.UTF_8));
            documentXml.transferTo(zip);
            zip.write("</w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code pattern} repeated up to {@code length} bytes, without ever holding more than the pattern. */
    static final class RepeatingInputStream extends InputStream {

        private final byte[] pattern;
        private final long length;
        private long position;

        RepeatingInputStream(byte[] pattern, long length) {
            this.pattern = pattern;
            this.length = length;
        }

        @Override
        public int read() {
            return position >= length ? -1 : pattern[(int) (position++ % pattern.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = pattern[(int) (position++ % pattern.length)];
            }
            return n;
        }
    }
}
