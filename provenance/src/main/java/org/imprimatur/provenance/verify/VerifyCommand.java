package org.imprimatur.provenance.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imprimatur.provenance.checkpoint.InvalidNoteException;
import org.imprimatur.provenance.checkpoint.NoteVerifier;

/**
 * {@code java -jar imprimatur-verify.jar --ledger EXPORT_FILE --key PUBLIC_KEY_FILE}: verifies a ledger export
 * offline. Exit status 0 when everything verifies, 1 when something does not (the first problem is printed), 2 when
 * the command itself is used wrongly or a file cannot be read.
 */
public final class VerifyCommand {

    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: java -jar imprimatur-verify.jar --ledger EXPORT_FILE "
            + "--key PUBLIC_KEY_FILE\n  EXPORT_FILE     what GET /api/v1/ledger/export returned\n"
            + "  PUBLIC_KEY_FILE the verifier key from GET /api/v1/ledger/public-key (name+keyid+key)";

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path ledger = null;
        Path key = null;
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            if ("--ledger".equals(args[i]) && hasValue) {
                ledger = Path.of(args[++i]);
            } else if ("--key".equals(args[i]) && hasValue) {
                key = Path.of(args[++i]);
            } else {
                err.println(USAGE_TEXT);
                return USAGE;
            }
        }
        if (ledger == null || key == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            NoteVerifier verifier = new NoteVerifier(Files.readString(key, StandardCharsets.UTF_8).trim());
            OfflineVerifier.Result result;
            try (BufferedReader export = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
                result = new OfflineVerifier(verifier).verify(export);
            }
            (result.valid() ? out : err).println(result.message());
            return result.valid() ? VERIFIED : NOT_VERIFIED;
        } catch (InvalidNoteException e) {
            err.println("The key file does not hold a verifier key: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("Cannot read " + e.getMessage());
            return USAGE;
        }
    }
}
