package org.imprimatur.app.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The world outside the newsroom as the server under test sees it, on loopback: a website with a press release,
 * an OpenAI-compatible model server, an OpenAI-images-compatible image server and webhook receivers, speaking their
 * real wire formats. Its port is fixed by the build, which also points the server's provider and webhook
 * configuration here.
 */
final class OutsideWorld implements AutoCloseable {

    /** A brief whose topic contains this makes the model server fail with 500, every time. */
    static final String OUTAGE = "outage";
    static final String DRAFT_TITLE = "Riverton passes its 2027 budget";
    static final String CITED_SENTENCE = "The council approved a budget of 48.2 million euros for 2027.";
    static final String UNCITED_SENTENCE = "Residents will be watching the bridge.";
    /** What the moderation service flags as violence. */
    static final String VIOLENT_WORDS = "burn down";
    /** A press release, different in every run, since the same bytes are one source for good. */
    static String pressRelease() {
        return """
                <!DOCTYPE html><html><head><title>Riverton bridge to reopen in autumn</title></head>
                <body><nav>Home | News</nav><article><h1>Riverton bridge to reopen in autumn</h1>
                <p>Repairs to the Old Mill Bridge will start in February 2027, the regional transport agency said.</p>
                <p>The bridge should reopen to traffic in the autumn, after eight months of work.</p>
                <p>Reference %s.</p></article></body></html>
                """.formatted(UUID.randomUUID());
    }

    private final String pressRelease = pressRelease();

    /** The webhook receiver that takes every event at once ({@code imprimatur.webhooks.desk}). */
    static final String DESK_HOOK = "desk";
    /** The webhook receiver that fails each event {@value #FLAKY_FAILURES} times before taking it. */
    static final String FLAKY_HOOK = "flaky";
    static final int FLAKY_FAILURES = 2;

    private final HttpServer server;
    private final List<String> modelRequests = new CopyOnWriteArrayList<>();
    private final Map<String, List<JsonObject>> hookRequests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> flakyFailures = new ConcurrentHashMap<>();

    OutsideWorld(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/pages/release.html", exchange -> answer(exchange, 200, "text/html; charset=utf-8",
                pressRelease));
        server.createContext("/pages/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/pages/release.html");
            answer(exchange, 302, "text/plain", "moved");
        });
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/images/generations", this::image);
        server.createContext("/v1/moderations", this::moderate);
        server.createContext("/hooks/" + DESK_HOOK, exchange -> hook(exchange, DESK_HOOK, false));
        server.createContext("/hooks/" + FLAKY_HOOK, exchange -> hook(exchange, FLAKY_HOOK, true));
        server.start();
    }

    static int port() {
        return Integer.getInteger("imprimatur.it.outside.port");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The press release this website serves. */
    String servedPressRelease() {
        return pressRelease;
    }

    /** The bodies of the chat requests the model server received, in order. */
    List<String> modelRequests() {
        return List.copyOf(modelRequests);
    }

    /**
     * What a webhook receiver got, oldest first, as {@code {"requests": [{"status", "body", "headers": {...}}]}}:
     * the status it answered, the body as received and the Imprimatur headers.
     */
    JsonObject hookRequests(String hook) {
        JsonArrayBuilder requests = Json.createArrayBuilder();
        hookRequests.getOrDefault(hook, List.of()).forEach(requests::add);
        return Json.createObjectBuilder().add("requests", requests).build();
    }

    private void hook(HttpExchange exchange, String hook, boolean flaky) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String eventId = String.valueOf(exchange.getRequestHeaders().getFirst("Imprimatur-Event-Id"));
        boolean fail = flaky && flakyFailures.computeIfAbsent(eventId, id -> new AtomicInteger())
                .getAndIncrement() < FLAKY_FAILURES;
        int status = fail ? 500 : 204;
        var headers = Json.createObjectBuilder();
        for (String name : List.of("Imprimatur-Event-Id", "Imprimatur-Event-Type", "Imprimatur-Timestamp",
                "Imprimatur-Signature", "Content-Type")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                headers.add(name, value);
            }
        }
        hookRequests.computeIfAbsent(hook, name -> new CopyOnWriteArrayList<>()).add(Json.createObjectBuilder()
                .add("status", status).add("body", body).add("headers", headers).build());
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void chat(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        modelRequests.add(request);
        if (request.contains(OUTAGE)) {
            answer(exchange, 500, "application/json", "{\"error\":{\"message\":\"model server overloaded\"}}");
            return;
        }
        String content = DRAFT_TITLE + "\\n\\n" + CITED_SENTENCE + " [1] " + UNCITED_SENTENCE;
        if (request.replace(" ", "").contains("\"stream\":true")) {
            // Server-sent events, one chunk per piece, as OpenAI streams them.
            StringBuilder events = new StringBuilder();
            for (String piece : content.split("(?<= )")) {
                events.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"newsroom-test-model\","
                        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(piece)
                        .append("\"},\"finish_reason\":null}]}\n\n");
            }
            events.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"newsroom-test-model\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
            answer(exchange, 200, "text/event-stream", events.toString());
        } else {
            answer(exchange, 200, "application/json", "{\"id\":\"c1\",\"object\":\"chat.completion\","
                    + "\"model\":\"newsroom-test-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}]}");
        }
    }

    /** OpenAI's moderation protocol: a sentence with {@link #VIOLENT_WORDS} is violence, anything else is clean. */
    private void moderate(HttpExchange exchange) throws IOException {
        JsonObject request;
        try (InputStream in = exchange.getRequestBody()) {
            request = Json.createReader(in).readObject();
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonString input : request.getJsonArray("input").getValuesAs(JsonString.class)) {
            boolean violent = input.getString().contains(VIOLENT_WORDS);
            results.add(Json.createObjectBuilder().add("flagged", violent)
                    .add("categories", Json.createObjectBuilder().add("violence", violent).add("hate", false))
                    .add("category_scores", Json.createObjectBuilder().add("violence", violent ? 0.93 : 0.01)
                            .add("hate", 0.01)));
        }
        answer(exchange, 200, "application/json", Json.createObjectBuilder().add("id", "modr-1")
                .add("model", "omni-moderation-test").add("results", results).build().toString());
    }

    private void image(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String png = Base64.getEncoder().encodeToString(picture(64, 48));
        answer(exchange, 200, "application/json", "{\"created\":1767225600,\"data\":[{\"b64_json\":\"" + png
                + "\",\"revised_prompt\":\"A steel bridge over a river at dawn\"}]}");
    }

    /** A small PNG, as an image generator or a camera would hand it over; its colour differs every time. */
    static byte[] picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(1 << 24)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return encode(image, "png");
    }

    /**
     * A photograph-like picture of a few shapes on a gradient, different for every seed; {@code scale} draws the same
     * scene at another size, as a copy rescaled would be.
     */
    static BufferedImage scene(long seed, double scale) {
        java.util.Random random = new java.util.Random(seed);
        int width = (int) (640 * scale);
        int height = (int) (480 * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.scale(scale, scale);
        graphics.setPaint(new java.awt.GradientPaint(0, 0, new Color(random.nextInt(1 << 24)), 640, 480,
                new Color(random.nextInt(1 << 24))));
        graphics.fillRect(0, 0, 640, 480);
        for (int i = 0; i < 12; i++) {
            graphics.setColor(new Color(random.nextInt(1 << 24)));
            graphics.fillOval(random.nextInt(640) - 80, random.nextInt(480) - 60, 80 + random.nextInt(200),
                    60 + random.nextInt(160));
        }
        graphics.dispose();
        return image;
    }

    /** The picture encoded as {@code png} or {@code jpeg}. */
    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
