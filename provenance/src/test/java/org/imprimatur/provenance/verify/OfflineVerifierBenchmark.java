package org.imprimatur.provenance.verify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.imprimatur.provenance.checkpoint.Checkpoint;
import org.imprimatur.provenance.checkpoint.NoteSigner;
import org.imprimatur.provenance.checkpoint.NoteVerifier;
import org.imprimatur.provenance.checkpoint.SigningKeyStore;
import org.imprimatur.provenance.export.LedgerExport;
import org.imprimatur.provenance.ledger.LedgerFixtures;
import org.imprimatur.provenance.merkle.MerkleAccumulator;
import org.imprimatur.spi.content.Sha256;

/**
 * A benchmark harness, not a test: the offline verifier on a generated export of N entries (default 1,000,000), beside
 * the raw SHA-256 throughput over the same canonical bytes. Run it as docs/benchmarks.md says; it prints one result
 * block and writes nothing but a temporary export.
 */
public final class OfflineVerifierBenchmark {

    private OfflineVerifierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("imprimatur-verify-bench");
        try {
            NoteSigner signer = new SigningKeyStore(dir.resolve("key.p12"), "bench".toCharArray())
                    .loadOrCreate("bench.example/ledger");
            Path export = dir.resolve("ledger.jsonl");
            long bytes = generate(export, entries, signer);

            sha256Baseline(export); // warm-up, then measured
            Duration sha = sha256Baseline(export);
            Instant start = Instant.now();
            OfflineVerifier.Result result;
            try (BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                result = new OfflineVerifier(new NoteVerifier(signer.verifierKey())).verify(reader);
            }
            Duration verify = Duration.between(start, Instant.now());
            if (!result.valid()) {
                throw new IllegalStateException(result.message());
            }
            System.out.printf("entries: %,d (%,d bytes of export)%n", entries, bytes);
            System.out.printf("offline verification: %.2f s, %,.0f entries/s%n", seconds(verify), entries / seconds(verify));
            System.out.printf("raw SHA-256 of the canonical bytes: %.2f s, %,.0f entries/s%n", seconds(sha),
                    entries / seconds(sha));
            System.out.printf("verification / raw hashing: %.1fx%n", seconds(verify) / seconds(sha));
            System.out.printf("max heap: %,d MiB, java %s%n", Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Writes the export the way the server does, chaining entries as LedgerFixtures does, with one checkpoint. */
    private static long generate(Path export, int entries, NoteSigner signer) throws Exception {
        MerkleAccumulator tree = new MerkleAccumulator();
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            LedgerFixtures.chain(entries, entry -> {
                tree.add(entry.leafHash());
                try {
                    out.write(LedgerExport.entryLine(entry));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            out.write(LedgerExport.checkpointLine(entries,
                    signer.sign(new Checkpoint("bench.example/ledger", entries, tree.rootHash()).body())));
        }
        return Files.size(export);
    }

    /** SHA-256 of every entry's canonical bytes, read from the same export: the floor for any verifier. */
    private static Duration sha256Baseline(Path export) throws Exception {
        MessageDigest digest = Sha256.newDigest();
        Base64.Decoder base64 = Base64.getDecoder();
        Instant start = Instant.now();
        try (BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                int from = line.indexOf("\"canonical\":\"");
                if (from >= 0) {
                    from += 13;
                    digest.digest(base64.decode(line.substring(from, line.indexOf('"', from))));
                }
            }
        }
        return Duration.between(start, Instant.now());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
