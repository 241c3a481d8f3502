package org.imprimatur.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourcePassages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check against a moderation service on loopback that flags sentences with "burn" as violence. */
class ModerationCheckTest {

    private static final String BODY = "The council met on Monday. Someone wrote that they would burn the mayor's "
            + "house down. The meeting ended at nine.";

    private HttpServer service;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch never = new CountDownLatch(1);

    @BeforeEach
    void startTheService() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/v1/moderations", this::moderate);
        service.createContext("/broken/v1/moderations", exchange -> answer(exchange, 500,
                "{\"error\": {\"message\": \"overloaded\"}}"));
        service.createContext("/slow/v1/moderations", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        service.createContext("/short/v1/moderations", exchange -> answer(exchange, 200,
                "{\"model\": \"m\", \"results\": []}"));
        service.start();
    }

    @AfterEach
    void stopTheService() {
        never.countDown();
        service.stop(0);
    }

    @Test
    void withoutABaseUrlItIsNotConfiguredAndAsksNobody() {
        ModerationCheck check = check(Map.of("api-key", "secret"));

        assertFalse(check.configured());
        assertTrue(check.remote());
        assertThrows(CheckFailedException.class, () -> check.check(article(BODY), context()));
    }

    @Test
    void aFlaggedSentenceBecomesAFindingInOurCategorySpanningIt() throws CheckFailedException {
        ModerationCheck check = check(Map.of("base-url", url("/v1"), "api-key", "secret"));
        assertTrue(check.configured());

        CheckReport report = check.check(article(BODY), context());

        assertEquals("moderation", report.checkId());
        assertEquals(Map.of("moderation", "omni-moderation-test"), report.models());
        Finding finding = report.findings().get(0);
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertEquals("Someone wrote that they would burn the mayor's house down.", finding.span().of(BODY));
        assertEquals("threat", finding.category());
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(0.93, finding.score());
        assertTrue(finding.message().contains("violence"), finding.message());
        JsonObject request = requests.get(0);
        assertEquals(ModerationCheck.DEFAULT_MODEL, request.getString("model"));
        assertEquals(List.of("The council met on Monday.", "Someone wrote that they would burn the mayor's house "
                + "down.", "The meeting ended at nine."), request.getJsonArray("input").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
    }

    @Test
    void aLongRevisionIsAskedAboutInBatchesAndFindingsKeepTheirPlaces() throws CheckFailedException {
        String body = "A quiet sentence. ".repeat(ModerationCheck.SENTENCES_PER_REQUEST) + "They will burn it all.";

        List<Finding> findings = check(Map.of("base-url", url("/v1"), "model", "text-moderation-stable"))
                .check(article(body), context()).findings();

        assertEquals(2, requests.size());
        assertEquals("text-moderation-stable", requests.get(0).getString("model"));
        assertEquals(1, findings.size());
        assertEquals("They will burn it all.", findings.get(0).span().of(body));
    }

    @Test
    void aFailingServiceIsACheckFailureThatSaysWhy() {
        CheckFailedException failure = assertThrows(CheckFailedException.class,
                () -> check(Map.of("base-url", url("/broken/v1"), "api-key", "secret")).check(article(BODY), context()));

        assertTrue(failure.getMessage().contains("failed (500): overloaded"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsACheckFailure() {
        CheckFailedException failure = assertThrows(CheckFailedException.class,
                () -> check(Map.of("base-url", url("/slow/v1"), "timeout", "PT0.5S")).check(article(BODY), context()));

        assertTrue(failure.getMessage().contains("did not answer within"), failure.getMessage());
    }

    @Test
    void anAnswerWithoutOneResultPerSentenceIsACheckFailure() {
        CheckFailedException failure = assertThrows(CheckFailedException.class,
                () -> check(Map.of("base-url", url("/short/v1"))).check(article(BODY), context()));

        assertTrue(failure.getMessage().contains("one result per sentence (3 sent)"), failure.getMessage());
    }

    private void moderate(HttpExchange exchange) throws IOException {
        JsonObject request;
        try (InputStream in = exchange.getRequestBody()) {
            request = Json.createReader(in).readObject();
        }
        requests.add(request);
        var results = Json.createArrayBuilder();
        for (JsonString input : request.getJsonArray("input").getValuesAs(JsonString.class)) {
            boolean violent = input.getString().contains("burn");
            results.add(Json.createObjectBuilder()
                    .add("flagged", violent)
                    .add("categories", Json.createObjectBuilder().add("violence", violent).add("hate", false))
                    .add("category_scores", Json.createObjectBuilder().add("violence", violent ? 0.93 : 0.01)
                            .add("hate", 0.02)));
        }
        answer(exchange, 200, Json.createObjectBuilder().add("id", "modr-1").add("model", "omni-moderation-test")
                .add("results", results).build().toString());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + service.getAddress().getPort() + path;
    }

    private static ModerationCheck check(Map<String, String> values) {
        ModerationCheck check = new ModerationCheck();
        check.init(key -> Optional.ofNullable(values.get(key)));
        return check;
    }

    private static RevisionView article(String body) {
        return new RevisionView(ItemId.random(), ContentKind.ARTICLE, 1, "Council", body, new ModelCard("grounded",
                "grounded-extractive", "1", Map.of(), Sha256.ofUtf8(""), List.of()), List.of(), "alice", Instant.EPOCH);
    }

    private static CheckContext context() {
        return new CheckContext() {
            @Override
            public List<SourceDocument> sources() {
                return List.of();
            }

            @Override
            public SourcePassages passages() {
                throw new UnsupportedOperationException("the moderation check reads no sources");
            }
        };
    }
}
