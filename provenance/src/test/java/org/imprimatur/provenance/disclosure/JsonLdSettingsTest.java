package org.imprimatur.provenance.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which JSON-LD settings apply to a desk. */
class JsonLdSettingsTest {

    private static JsonLdSettings resolve(String desk, Map<String, String> settings) {
        return JsonLdSettings.resolve(desk, key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void withoutSettingsNothingIsAddedAndTheEditorIsNamed() {
        assertEquals(JsonLdSettings.DEFAULT, resolve("metro", Map.of()));
        assertTrue(JsonLdSettings.DEFAULT.includeEditor());
    }

    @Test
    void aDesksOwnSettingWinsOverTheNewsroomsAndEachKeyFallsBackOnItsOwn() {
        Map<String, String> settings = Map.of(
                "imprimatur.jsonld.publisher.name", "Riverton Media",
                "imprimatur.jsonld.publisher.url", "https://riverton.example",
                "imprimatur.jsonld.language", "en",
                "imprimatur.desk.business.jsonld.publisher.name", "Riverton Business Daily",
                "imprimatur.desk.business.jsonld.include-editor", "FALSE",
                "imprimatur.desk.business.jsonld.principles-url", "https://riverton.example/business/ai");

        JsonLdSettings business = resolve("business", settings);
        assertEquals(new JsonLdSettings("Riverton Business Daily", "https://riverton.example",
                "https://riverton.example/business/ai", false, "en"), business);
        assertEquals(new JsonLdSettings("Riverton Media", "https://riverton.example", "", true, "en"),
                resolve("sport", settings));
    }

    @Test
    void aBlankDeskSettingCountsAsUnset() {
        JsonLdSettings settings = resolve("metro", Map.of("imprimatur.desk.metro.jsonld.publisher.name", " ",
                "imprimatur.jsonld.publisher.name", "Riverton Media"));

        assertEquals("Riverton Media", settings.publisherName());
    }

    @Test
    void aMalformedSettingNamesTheKeyToFix() {
        IllegalStateException address = assertThrows(IllegalStateException.class, () -> resolve("metro",
                Map.of("imprimatur.desk.metro.jsonld.publisher.url", "gazette.example")));
        assertTrue(address.getMessage().startsWith("imprimatur.desk.metro.jsonld.publisher.url"), address.getMessage());
        IllegalStateException scheme = assertThrows(IllegalStateException.class, () -> resolve("metro",
                Map.of("imprimatur.jsonld.principles-url", "javascript:alert(1)")));
        assertTrue(scheme.getMessage().startsWith("imprimatur.jsonld.principles-url"), scheme.getMessage());
        IllegalStateException flag = assertThrows(IllegalStateException.class, () -> resolve("metro",
                Map.of("imprimatur.desk.metro.jsonld.include-editor", "no")));
        assertTrue(flag.getMessage().startsWith("imprimatur.desk.metro.jsonld.include-editor"), flag.getMessage());
        assertFalse(resolve("metro", Map.of("imprimatur.jsonld.include-editor", "false")).includeEditor());
    }
}
