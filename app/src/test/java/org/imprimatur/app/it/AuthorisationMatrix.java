package org.imprimatur.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared expectation of who may call which endpoint, read from {@value #RESOURCE}: one line per endpoint,
 * {@code METHOD path} and then {@code allow} or {@code deny} for each caller in {@link #CALLERS}'s order. A line
 * ending in {@code !} marks an endpoint whose allowed callers are not actually called, because even an empty request
 * changes something that matters (rotating the ledger's key); its denials are still checked.
 */
final class AuthorisationMatrix {

    static final String RESOURCE = "/security/authorisation-matrix.txt";
    /** The callers, in the table's column order: nobody signed in, then one demo user per role. */
    static final List<String> CALLERS = List.of("anonymous", Users.EDITOR, Users.REVIEWER, Users.PUBLISHER,
            Users.COMPLIANCE, Users.ADMIN);

    /** One row: which callers may pass the role check, and whether allowed callers may be called at all. */
    record Row(List<Boolean> allowed, boolean callAllowed) {
    }

    private AuthorisationMatrix() {
    }

    /** The rows by {@code "METHOD path"}, in the table's order. */
    static Map<String, Row> read() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = new ArrayList<>(Arrays.asList(text.split("\\s+")));
                boolean callAllowed = !fields.get(fields.size() - 1).equals("!");
                if (!callAllowed) {
                    fields.remove(fields.size() - 1);
                }
                if (fields.size() != 2 + CALLERS.size()) {
                    throw new IllegalStateException("Not METHOD path and " + CALLERS.size() + " allow/deny: " + line);
                }
                List<Boolean> allowed = fields.subList(2, fields.size()).stream().map(AuthorisationMatrix::allow)
                        .toList();
                rows.put(fields.get(0) + " " + fields.get(1), new Row(allowed, callAllowed));
            }
        }
        return rows;
    }

    private static boolean allow(String word) {
        return switch (word) {
            case "allow" -> true;
            case "deny" -> false;
            default -> throw new IllegalStateException("allow or deny, not " + word);
        };
    }

    /** A row as the table writes it, for a failure message that can be pasted back. */
    static String format(String endpoint, List<Boolean> allowed) {
        StringBuilder row = new StringBuilder(String.format("%-58s", endpoint));
        allowed.forEach(allow -> row.append(allow ? " allow" : " deny "));
        return row.toString().stripTrailing();
    }
}
