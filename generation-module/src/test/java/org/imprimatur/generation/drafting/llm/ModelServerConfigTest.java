package org.imprimatur.generation.drafting.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.drafting.DraftingException;
import org.junit.jupiter.api.Test;

class ModelServerConfigTest {

    private static final String SCOPE = "imprimatur.drafting.openai";

    private static ModelServerConfig read(Map<String, String> values) {
        ProviderConfig config = key -> Optional.ofNullable(values.get(key));
        return ModelServerConfig.read(SCOPE, config);
    }

    @Test
    void durationsAreIsoOrSeconds() {
        assertEquals(Duration.ofMinutes(2), ModelServerConfig.parseDuration("PT2M"));
        assertEquals(Duration.ofSeconds(90), ModelServerConfig.parseDuration(" 90 "));
        assertEquals(Duration.ofMillis(1500), ModelServerConfig.parseDuration("1.5"));
        assertThrows(IllegalArgumentException.class, () -> ModelServerConfig.parseDuration("two minutes"));
        assertThrows(IllegalArgumentException.class, () -> ModelServerConfig.parseDuration("0"));
        assertThrows(IllegalArgumentException.class, () -> ModelServerConfig.parseDuration("-PT1S"));
    }

    @Test
    void defaultsAreTwoMinutesToAnswerAndTenSecondsToConnect() {
        ModelServerConfig config = read(Map.of());

        assertEquals(Duration.ofSeconds(120), config.timeout());
        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
    }

    @Test
    void anUnusableValueStopsStartUpNamingTheKey() {
        IllegalStateException timeout = assertThrows(IllegalStateException.class, () -> read(Map.of("timeout", "soon")));
        assertTrue(timeout.getMessage().startsWith(SCOPE + ".timeout"), timeout.getMessage());

        IllegalStateException scheme = assertThrows(IllegalStateException.class,
                () -> read(Map.of("base-url", "ftp://models.example")));
        assertTrue(scheme.getMessage().contains(SCOPE + ".base-url"), scheme.getMessage());

        IllegalStateException credentials = assertThrows(IllegalStateException.class,
                () -> read(Map.of("base-url", "https://user:secret@models.example/v1")));
        assertFalse(credentials.getMessage().contains("secret"), credentials.getMessage());
    }

    @Test
    void aMissingBaseUrlOrModelIsReportedWhenUsedNamingTheKey() {
        ModelServerConfig config = read(Map.of());

        assertTrue(assertThrows(DraftingException.class, () -> config.endpoint("/chat/completions"))
                .getMessage().contains("set " + SCOPE + ".base-url"));
        assertTrue(assertThrows(DraftingException.class, config::model).getMessage().contains("set " + SCOPE + ".model"));
    }

    @Test
    void operationsHangOffTheBaseUrl() throws DraftingException {
        assertEquals(URI.create("http://127.0.0.1:8000/v1/chat/completions"),
                read(Map.of("base-url", "http://127.0.0.1:8000/v1/")).endpoint("/chat/completions"));
    }

    @Test
    void azureAddressesADeploymentWithAnApiVersion() throws DraftingException {
        ModelServerConfig config = read(Map.of("base-url", "https://newsroom.openai.azure.com", "model", "gpt-4o",
                "api-version", "2024-10-21"));

        assertTrue(config.azure());
        assertEquals(URI.create("https://newsroom.openai.azure.com/openai/deployments/gpt-4o/chat/completions"
                + "?api-version=2024-10-21"), config.endpoint("/chat/completions"));
        assertEquals(URI.create("https://newsroom.openai.azure.com/openai/deployments/news%20desk/images/generations"
                        + "?api-version=2024-10-21"),
                read(Map.of("base-url", "https://newsroom.openai.azure.com", "model", "dall-e-3",
                        "api-version", "2024-10-21", "deployment", "news desk")).endpoint("/images/generations"));
    }

    @Test
    void theKeyNeverShowsInItsDescription() {
        ModelServerConfig config = read(Map.of("base-url", "https://api.example/v1", "api-key", "sk-secret"));

        assertFalse(config.toString().contains("sk-secret"));
        assertEquals("https://api.example", config.origin());
    }
}
