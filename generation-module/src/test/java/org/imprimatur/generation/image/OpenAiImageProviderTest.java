package org.imprimatur.generation.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.imprimatur.generation.drafting.llm.ModelServerStub;
import org.imprimatur.spi.Provider;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.ProviderUnavailableException;
import org.imprimatur.spi.image.GeneratedImage;
import org.imprimatur.spi.image.ImageProvider;
import org.imprimatur.spi.image.ImageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Image generation against an OpenAI-images-compatible server on 127.0.0.1. */
class OpenAiImageProviderTest {

    private static final String KEY = "sk-img-51c0d2";
    private static final ImageRequest REQUEST =
            new ImageRequest("A fishing boat in Northport harbour at dawn, watercolour", 1024, 768, "editor.ed");

    private ModelServerStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = ModelServerStub.start();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private OpenAiImageProvider provider(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("base-url", stub.url("/v1"), "model", "dall-e-3", "api-key", KEY));
        values.putAll(extra);
        OpenAiImageProvider provider = new OpenAiImageProvider();
        provider.init(key -> Optional.ofNullable(values.get(key)));
        return provider;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1f6f8b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no writer for " + format);
        return out.toByteArray();
    }

    private void answerWith(JsonObjectBuilder image, String reportedModel) {
        stub.respond((request, exchange) -> {
            JsonObjectBuilder answer = Json.createObjectBuilder().add("created", 1764398400)
                    .add("data", Json.createArrayBuilder().add(image));
            if (reportedModel != null) {
                answer.add("model", reportedModel);
            }
            ModelServerStub.send(exchange, 200, "application/json", answer.build().toString());
        });
    }

    @Test
    void asksForOneBase64ImageOfTheRequestedSizeAndDescribesIt() throws Exception {
        byte[] png = image("png");
        answerWith(Json.createObjectBuilder().add("b64_json", Base64.getEncoder().encodeToString(png))
                .add("revised_prompt", "A small fishing boat moored in a harbour at dawn, in watercolour"), null);

        GeneratedImage generated = provider(Map.of()).generate(REQUEST);

        ModelServerStub.Received request = stub.onlyRequest();
        assertEquals("/v1/images/generations", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals(Json.createObjectBuilder().add("model", "dall-e-3").add("prompt", REQUEST.prompt())
                .add("size", "1024x768").add("response_format", "b64_json").add("n", 1).build(), request.json());

        assertEquals("image/png", generated.mediaType());
        assertArrayEquals(png, generated.bytes());
        assertEquals("openai-images", generated.modelCard().provider());
        assertEquals("dall-e-3", generated.modelCard().model());
        assertEquals("", generated.modelCard().modelVersion(), "the server reported no model");
        assertEquals("1024x768", generated.modelCard().parameters().get("size"));
        assertEquals("A small fishing boat moored in a harbour at dawn, in watercolour",
                generated.modelCard().parameters().get("revisedPrompt"));
        assertEquals(Sha256.ofUtf8(request.json().getString("prompt")), generated.modelCard().promptSha256());
        assertTrue(generated.modelCard().sourceIds().isEmpty());
    }

    @Test
    void theMediaTypeComesFromTheBytesAndTheReportedModelIsRecorded() throws Exception {
        byte[] jpeg = image("jpg");
        answerWith(Json.createObjectBuilder().add("b64_json", Base64.getMimeEncoder().encodeToString(jpeg)), "gpt-image-1-2025-04-15");

        GeneratedImage generated = provider(Map.of("model", "gpt-image-1")).generate(REQUEST);

        assertEquals("image/jpeg", generated.mediaType());
        assertArrayEquals(jpeg, generated.bytes(), "line-wrapped base64 decodes too");
        assertEquals("gpt-image-1", generated.modelCard().model());
        assertEquals("gpt-image-1-2025-04-15", generated.modelCard().modelVersion());
        assertFalse(generated.modelCard().parameters().containsKey("revisedPrompt"));
    }

    @Test
    void answersWithoutAUsableImageAreNotRetryable() throws Exception {
        answerWith(Json.createObjectBuilder().add("url", "https://images.example/boat.png"), null);
        assertNotRetryable("a link instead of the image");

        answerWith(Json.createObjectBuilder().add("b64_json", "not base64!"), null);
        assertNotRetryable("not valid base64");

        answerWith(Json.createObjectBuilder().add("b64_json", Base64.getEncoder().encodeToString(image("gif"))), null);
        assertNotRetryable("neither PNG, JPEG nor WebP");

        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 200, "application/json", "{\"data\": []}"));
        assertNotRetryable("without data[0]");
    }

    @Test
    void aRefusedPromptIsNotRetryableAndSaysWhy() {
        stub.respond((request, exchange) -> ModelServerStub.send(exchange, 400, "application/json",
                "{\"error\": {\"code\": \"content_policy_violation\", \"message\": \"Your request was rejected by the safety system.\"}}"));

        assertNotRetryable("rejected the request (400): Your request was rejected by the safety system.");
    }

    @Test
    void anOverloadedServerIsRetryable() {
        stub.respond((request, exchange) -> {
            exchange.getResponseHeaders().set("Retry-After", "Wed, 02 Dec 2026 07:28:00 GMT");
            ModelServerStub.send(exchange, 503, "text/html", "<html><body>Service Unavailable</body></html>");
        });

        ProviderUnavailableException failure = assertThrows(ProviderUnavailableException.class,
                () -> provider(Map.of()).generate(REQUEST));

        assertTrue(failure.getMessage().contains("failed (503); it asks to retry after Wed, 02 Dec 2026 07:28:00 GMT"),
                failure.getMessage());
    }

    @Test
    void withoutABaseUrlItSaysWhichKeyToSet() {
        OpenAiImageProvider unconfigured = new OpenAiImageProvider();
        unconfigured.init(key -> Optional.empty());

        DraftingException failure = assertThrows(DraftingException.class, () -> unconfigured.generate(REQUEST));

        assertTrue(failure.getMessage().contains("set imprimatur.image.openai-images."), failure.getMessage());
        assertTrue(stub.received().isEmpty());
    }

    @Test
    void isFoundByServiceLoader() {
        List<String> ids = ServiceLoader.load(ImageProvider.class).stream()
                .map(ServiceLoader.Provider::get).map(Provider::id).toList();

        assertTrue(ids.contains("openai-images"), ids.toString());
    }

    private void assertNotRetryable(String expected) {
        DraftingException failure = assertThrows(DraftingException.class, () -> provider(Map.of()).generate(REQUEST));
        assertEquals(DraftingException.class, failure.getClass(), failure.getMessage());
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY));
    }
}
