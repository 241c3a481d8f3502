package org.imprimatur.generation.image;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.generation.drafting.llm.ModelServer;
import org.imprimatur.generation.drafting.llm.ModelServerConfig;
import org.imprimatur.generation.text.InertText;
import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.Spi;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.image.GeneratedImage;
import org.imprimatur.spi.image.ImageProvider;
import org.imprimatur.spi.image.ImageRequest;

/**
 * Image provider {@code openai-images}: any server that speaks OpenAI's images API
 * ({@code POST /images/generations}). It asks for one image as base64 in the answer, so nothing is fetched from a
 * link, and takes the media type from the image's own bytes.
 *
 * <p>Configured under {@code imprimatur.image.openai-images.*} with the {@link ModelServerConfig model server
 * keys} ({@code base-url} such as {@code https://api.openai.com/v1}, {@code model}, {@code api-key},
 * {@code timeout}, {@code connect-timeout}, and for Azure {@code api-version}, {@code deployment}). Without a base
 * URL or model it stays installed and refuses to generate, saying which key to set.
 *
 * <p><b>Threading:</b> one instance serves all requests at once. <b>Failure:</b>
 * {@link org.imprimatur.spi.drafting.ProviderUnavailableException} when trying again may help (rate limits,
 * server errors, network trouble, time-outs), a plain {@link DraftingException} when it will not (a refused key,
 * a rejected prompt or size, an answer without an image).
 */
public final class OpenAiImageProvider implements ImageProvider {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String ID = "openai-images";

    private volatile ModelServer server;

    @Override
    public String id() {
        return ID;
    }

    /** The model server is another process, usually another machine: prompts and passages leave this one. */
    @Override
    public boolean remote() {
        return true;
    }

    /**
     * Reads the configuration.
     *
     * @throws IllegalStateException if a value is set but unusable
     */
    @Override
    public void init(ProviderConfig config) {
        server = new ModelServer(ModelServerConfig.read("imprimatur." + Spi.IMAGE.name() + "." + ID, config), JSON);
    }

    @Override
    public GeneratedImage generate(ImageRequest request) throws DraftingException {
        ModelServer current = server;
        if (current == null) {
            throw new IllegalStateException("The image provider '" + ID + "' was used before init");
        }
        String model = current.config().model();
        String size = request.width() + "x" + request.height();
        JsonObject answer = current.post("/images/generations", JSON.createObjectBuilder()
                .add("model", model)
                .add("prompt", request.prompt())
                .add("size", size)
                .add("response_format", "b64_json")
                .add("n", 1)
                .build());
        if (!(answer.get("data") instanceof JsonArray data && !data.isEmpty() && data.get(0) instanceof JsonObject image)) {
            throw current.malformed("an answer without data[0]");
        }
        if (!(image.get("b64_json") instanceof JsonString encoded)) {
            throw current.malformed(image.containsKey("url")
                    ? "a link instead of the image itself (Imprimatur asks for b64_json and fetches nothing)"
                    : "an answer without data[0].b64_json");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.getString().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw current.malformed("an image that is not valid base64");
        }
        String mediaType = ImageMediaType.of(bytes)
                .orElseThrow(() -> current.malformed("an image that is neither PNG, JPEG nor WebP"));

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("server", current.config().origin());
        parameters.put("size", size);
        if (image.get("revised_prompt") instanceof JsonString revised && !revised.getString().isBlank()) {
            // The model's words, shown to reviewers: no markup of theirs.
            parameters.put("revisedPrompt", InertText.of(revised.getString()));
        }
        ModelCard card = new ModelCard(ID, model, answer.getString("model", ""), parameters,
                Sha256.ofUtf8(request.prompt()), List.of());
        return new GeneratedImage(mediaType, bytes, card);
    }
}
