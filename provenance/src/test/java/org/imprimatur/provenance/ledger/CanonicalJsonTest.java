package org.imprimatur.provenance.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one text form of a JSON value that the ledger hashes. */
class CanonicalJsonTest {

    @Test
    void membersAreSortedByNameAtEveryNestingLevel() {
        JsonObject value = CanonicalJson.parseObject(
                "{\"b\":1,\"a\":{\"z\":true,\"y\":[{\"d\":null,\"c\":\"x\"}],\"x\":{\"n\":2,\"m\":3}}}");

        assertEquals("{\"a\":{\"x\":{\"m\":3,\"n\":2},\"y\":[{\"c\":\"x\",\"d\":null}],\"z\":true},\"b\":1}",
                CanonicalJson.write(value));
    }

    @Test
    void membersAreOrderedByUtf16CodeUnitsAsRfc8785Requires() {
        // U+1F600 is stored as the surrogates D83D DE00, so it sorts before U+E000 although its code point is
        // larger; upper case (0x41..) sorts before lower case (0x61..); 'é' (0xE9) after every ASCII letter.
        JsonObject value = CanonicalJson.parseObject(
                "{\"\uE000\":1,\"é\":2,\"a\":3,\"B\":4,\"\uD83D\uDE00\":5,\"aa\":6,\"10\":7,\"9\":8}");

        assertEquals("{\"10\":7,\"9\":8,\"B\":4,\"a\":3,\"aa\":6,\"é\":2,\"\uD83D\uDE00\":5,\"\uE000\":1}",
                CanonicalJson.write(value));
    }

    @Test
    void outputHasNoInsignificantWhitespace() {
        String spaced = """
                {
                  "title" : "Two words",
                  "tags" : [ "a", "b" ],
                  "nested" : { "k" : 1 }
                }
                """;

        String canonical = CanonicalJson.write(CanonicalJson.parseObject(spaced));

        assertEquals("{\"nested\":{\"k\":1},\"tags\":[\"a\",\"b\"],\"title\":\"Two words\"}", canonical);
        String outsideStrings = canonical.replace("Two words", "");
        assertFalse(outsideStrings.chars().anyMatch(Character::isWhitespace), canonical);
    }

    @Test
    void mapsBuiltInDifferentInsertionOrdersGiveTheSameText() {
        Map<String, Object> innerForward = new LinkedHashMap<>();
        innerForward.put("model", "llama3.1");
        innerForward.put("seed", 42);
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("title", "Budget passes");
        forward.put("revision", 1);
        forward.put("modelCard", innerForward);

        Map<String, Object> innerBackward = new LinkedHashMap<>();
        innerBackward.put("seed", 42);
        innerBackward.put("model", "llama3.1");
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("modelCard", innerBackward);
        backward.put("revision", 1);
        backward.put("title", "Budget passes");

        String fromForward = CanonicalJson.write(CanonicalJson.toJson(forward));
        String fromBackward = CanonicalJson.write(CanonicalJson.toJson(backward));

        assertEquals(fromForward, fromBackward);
        assertEquals("{\"modelCard\":{\"model\":\"llama3.1\",\"seed\":42},\"revision\":1,\"title\":\"Budget passes\"}",
                fromForward);
    }

    @Test
    void arraysKeepTheirOrder() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("numbers", List.of(3, 1, 2));
        payload.put("words", List.of("zeta", "alpha", "mu"));
        payload.put("objects", List.of(Map.of("n", 2), Map.of("n", 1)));

        assertEquals("{\"numbers\":[3,1,2],\"objects\":[{\"n\":2},{\"n\":1}],\"words\":[\"zeta\",\"alpha\",\"mu\"]}",
                CanonicalJson.write(CanonicalJson.toJson(payload)));
    }

    @Test
    void nullBooleanAndNumberValuesAreWrittenAsJsonLiterals() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("none", null);
        payload.put("yes", true);
        payload.put("no", false);
        payload.put("count", 7);
        payload.put("ratio", 0.25);
        payload.put("sources", new ArrayList<>(List.of()));

        assertEquals("{\"count\":7,\"no\":false,\"none\":null,\"ratio\":0.25,\"sources\":[],\"yes\":true}",
                CanonicalJson.write(CanonicalJson.toJson(payload)));
    }

    @Test
    void quoteBackslashAndControlCharactersAreEscaped() {
        String raw = "She said \"no\" \\ then\nleft\tearly\u0001";

        String canonical = CanonicalJson.write(CanonicalJson.toJson(Map.of("s", raw)));

        assertEquals("{\"s\":\"She said \\\"no\\\" \\\\ then\\nleft\\tearly\\u0001\"}", canonical);
        assertEquals(raw, CanonicalJson.parseObject(canonical).getString("s"));
    }

    @Test
    void nonAsciiCharactersAreWrittenAsThemselvesAndSurviveARoundTrip() {
        String raw = "Zürich – 東京 😀";

        String canonical = CanonicalJson.write(CanonicalJson.toJson(Map.of("city", raw)));

        assertEquals("{\"city\":\"" + raw + "\"}", canonical);
        assertEquals(raw, CanonicalJson.parseObject(canonical).getString("city"));
    }

    @Test
    void differentStringsNeverGiveTheSameText() {
        // escaping must be injective: a newline and a backslash followed by 'n' are different values
        String newline = CanonicalJson.write(CanonicalJson.toJson(Map.of("s", "a\nb")));
        String backslashN = CanonicalJson.write(CanonicalJson.toJson(Map.of("s", "a\\nb")));

        assertNotEquals(newline, backslashN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{ \"b\" : [ 1, 2.5, -3, 1e3, 1E-2 ], \"a\" : null }",
            "{\"t\":\"line\\nbreak \\\"quoted\\\" \\\\ \\u00e9\\u6771 \\ud83d\\ude00\",\"f\":false,\"x\":{\"z\":{},\"y\":[]}}",
            "{\"deep\":{\"deeper\":{\"deepest\":[{\"b\":true,\"a\":[[],[{}]]}]}}}"
    })
    void writingWhatWasParsedFromCanonicalTextReproducesItExactly(String json) {
        String once = CanonicalJson.write(CanonicalJson.parseObject(json));
        String twice = CanonicalJson.write(CanonicalJson.parseObject(once));

        assertEquals(once, twice);
        assertEquals(CanonicalJson.parseObject(json), CanonicalJson.parseObject(once),
                "canonicalising must not change the value");
    }
}
