package org.imprimatur.provenance.merkle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every proof of the transparency-dev/merkle test vectors (src/test/resources/merkle-vectors), valid and broken:
 * the verifier accepts exactly those that are valid.
 */
class MerkleVectorsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionVectors")
    void inclusionProofs(JsonObject vector) {
        Executable verification = () -> MerkleVerifier.verifyInclusion(vector.getJsonNumber("leafIdx").longValue(),
                vector.getJsonNumber("treeSize").longValue(), bytes(vector, "leafHash"), hashes(vector),
                bytes(vector, "root"));
        check(vector, verification);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyVectors")
    void consistencyProofs(JsonObject vector) {
        Executable verification = () -> MerkleVerifier.verifyConsistency(vector.getJsonNumber("size1").longValue(),
                vector.getJsonNumber("size2").longValue(), hashes(vector), bytes(vector, "root1"),
                bytes(vector, "root2"));
        check(vector, verification);
    }

    /** A verification that may fail with an {@link InvalidProofException}. */
    private interface Executable {
        void run() throws InvalidProofException;
    }

    private static void check(JsonObject vector, Executable verification) {
        if (vector.getBoolean("wantErr")) {
            InvalidProofException refused = assertThrows(InvalidProofException.class, verification::run);
            assertFalse(refused.getMessage().isBlank());
        } else {
            assertDoesNotThrow(verification::run);
        }
    }

    static Stream<Named<JsonObject>> inclusionVectors() {
        return vectors("inclusion");
    }

    static Stream<Named<JsonObject>> consistencyVectors() {
        return vectors("consistency");
    }

    private static Stream<Named<JsonObject>> vectors(String kind) {
        try {
            Path root = Path.of(MerkleVectorsTest.class.getResource("/merkle-vectors/" + kind).toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            }
            assertTrue(files.size() > 50, "the vectors are there: " + files.size());
            return files.stream().map(file -> Named.of(root.relativize(file).toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonObject vector, String name) {
        return vector.isNull(name) ? new byte[0] : Base64.getDecoder().decode(vector.getString(name));
    }

    private static List<byte[]> hashes(JsonObject vector) {
        if (!vector.containsKey("proof") || vector.get("proof").getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        return vector.getJsonArray("proof").getValuesAs(JsonString.class).stream()
                .map(hash -> Base64.getDecoder().decode(hash.getString())).toList();
    }
}
