package org.imprimatur.generation.drafting.llm;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.drafting.DraftingException;

/**
 * Where a model server is and how to talk to it, read from one provider's configuration scope
 * ({@code imprimatur.<spi>.<id>.*}):
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code base-url}</td><td>the API's base address, e.g. {@code https://api.openai.com/v1} or
 *       {@code http://localhost:11434}</td><td>none: the provider stays installed but refuses to work</td></tr>
 *   <tr><td>{@code model}</td><td>the model to ask for</td><td>none: likewise</td></tr>
 *   <tr><td>{@code api-key}</td><td>sent as a bearer token ({@code api-key} header for Azure)</td><td>none</td></tr>
 *   <tr><td>{@code timeout}</td><td>the longest a whole answer may take: ISO-8601 ({@code PT2M}) or seconds</td>
 *       <td>120 s</td></tr>
 *   <tr><td>{@code connect-timeout}</td><td>the longest connecting may take, same forms</td><td>10 s</td></tr>
 *   <tr><td>{@code api-version}</td><td>Azure OpenAI only: setting it switches to Azure's addressing</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code deployment}</td><td>Azure OpenAI only: the deployment name</td><td>the model</td></tr>
 * </table>
 *
 * <p>A missing base URL or model is not a start-up error (the provider is listed, and says what to set when
 * used); a value that is set but unusable is. The API key never appears in {@link #toString()} or in any
 * message. Immutable and thread-safe.
 */
public final class ModelServerConfig {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String scope;
    private final URI baseUrl;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final String azureApiVersion;
    private final String azureDeployment;

    private ModelServerConfig(String scope, ProviderConfig config) {
        this.scope = scope;
        this.baseUrl = text(config, "base-url").map(value -> baseUrl(scope, value)).orElse(null);
        this.model = text(config, "model").orElse(null);
        this.apiKey = text(config, "api-key").orElse(null);
        this.timeout = duration(config, "timeout", DEFAULT_TIMEOUT);
        this.connectTimeout = duration(config, "connect-timeout", DEFAULT_CONNECT_TIMEOUT);
        this.azureApiVersion = text(config, "api-version").orElse(null);
        this.azureDeployment = text(config, "deployment").orElse(model);
    }

    /**
     * Reads a provider's model-server settings.
     *
     * @param scope  the full key prefix without the trailing dot, e.g. {@code imprimatur.drafting.openai}; used
     *               only to name keys in messages
     * @param config the provider's configuration
     * @throws IllegalStateException if a value is set but unusable (a base URL that is not http or https, a
     *                               timeout that is not a positive duration)
     */
    public static ModelServerConfig read(String scope, ProviderConfig config) {
        return new ModelServerConfig(scope, config);
    }

    /** The full name of one of this scope's keys, for messages that tell an admin what to set. */
    public String key(String name) {
        return scope + "." + name;
    }

    /**
     * The configured model.
     *
     * @throws DraftingException naming the key to set, if none is configured
     */
    public String model() throws DraftingException {
        if (model == null) {
            throw new DraftingException("No model is configured for this provider: set " + key("model"));
        }
        return model;
    }

    /**
     * The address of an API operation: {@code base-url + path}, or for Azure OpenAI
     * {@code base-url/openai/deployments/<deployment>/<path>?api-version=<version>}.
     *
     * @param path the OpenAI-style operation path, e.g. {@code /chat/completions}
     * @throws DraftingException naming the key to set, if no base URL is configured
     */
    URI endpoint(String path) throws DraftingException {
        URI base = baseUrl();
        String root = base.toString().replaceAll("/+$", "");
        if (azureApiVersion == null) {
            return URI.create(root + path);
        }
        return URI.create(root + "/openai/deployments/" + encodeSegment(azureDeployment) + path
                + "?api-version=" + encodeSegment(azureApiVersion));
    }

    /** Whether a base URL is set: without one, the provider has no server to talk to. */
    public boolean hasServer() {
        return baseUrl != null;
    }

    /** Scheme, host and port of the server, for messages and model cards: never credentials or paths. */
    public String origin() {
        if (baseUrl == null) {
            return "(no model server configured)";
        }
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
    }

    Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** Whether the server is Azure OpenAI, which takes its key in an {@code api-key} header. */
    boolean azure() {
        return azureApiVersion != null;
    }

    Duration timeout() {
        return timeout;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    private URI baseUrl() throws DraftingException {
        if (baseUrl == null) {
            throw new DraftingException("No model server is configured for this provider: set " + key("base-url"));
        }
        return baseUrl;
    }

    @Override
    public String toString() {
        return "ModelServerConfig[" + scope + ", " + origin() + ", model " + model + "]";
    }

    private static Optional<String> text(ProviderConfig config, String key) {
        return config.get(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static URI baseUrl(String scope, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalStateException(scope + ".base-url must be an http or https address, not '" + value + "'");
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException(scope + ".base-url must not carry credentials, a query or a fragment;"
                        + " put the key in " + scope + ".api-key");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(scope + ".base-url is not an address: '" + value + "'");
        }
    }

    /** A duration as ISO-8601 ({@code PT90S}) or as a number of seconds ({@code 90}, {@code 1.5}). */
    static Duration parseDuration(String value) {
        String trimmed = value.trim();
        Duration duration;
        try {
            duration = trimmed.toUpperCase().startsWith("P")
                    ? Duration.parse(trimmed)
                    : Duration.ofNanos(new BigDecimal(trimmed).movePointRight(9).longValueExact());
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a duration: '" + value + "'");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("not a positive duration: '" + value + "'");
        }
        return duration;
    }

    private Duration duration(ProviderConfig config, String key, Duration defaultValue) {
        Optional<String> value = text(config, key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return parseDuration(value.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key(key) + " must be a positive ISO-8601 duration (PT2M) or a number of"
                    + " seconds: " + e.getMessage());
        }
    }

    private static String encodeSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
