package org.imprimatur.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SQL and JPQL only through bound parameters: in every module's code, the text of a query — the first argument of
 * {@code createQuery} and {@code createNativeQuery}, and whatever is appended to a builder that becomes one — is made
 * of string literals, constants, conditionals between such texts and {@code ?n} placeholders, never of a value. A
 * source reading, not a proof, but it fails on the usual way in: {@code "... WHERE name = '" + name + "'"}.
 */
class ParameterisedQueriesTest {

    private static final Pattern QUERY_CALL = Pattern.compile("\\.(?:createQuery|createNativeQuery)\\(");
    private static final Pattern BUILDER_TEXT = Pattern.compile("(\\w+)\\.toString\\(\\)");
    private static final Pattern LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern CONSTANT = Pattern.compile("(?:\\w+\\.)?[A-Z][A-Z0-9_]*");
    /** Methods that make placeholder lists, never values. */
    private static final Pattern PLACEHOLDERS = Pattern.compile("positionalParameters\\(.*\\)");

    @Test
    void everyQueryIsTextWithPlaceholdersAndNoValue() throws IOException {
        List<String> problems = new ArrayList<>();
        int queries = 0;
        for (Path file : mainSources()) {
            String code = Files.readString(file);
            Set<String> builders = new LinkedHashSet<>();
            Matcher call = QUERY_CALL.matcher(code);
            while (call.find()) {
                queries++;
                String text = argument(code, call.end()).strip();
                Matcher builder = BUILDER_TEXT.matcher(text);
                if (builder.matches()) {
                    builders.add(builder.group(1));
                } else {
                    check(file, text, problems);
                }
            }
            for (String builder : builders) {
                Matcher part = Pattern.compile("\\b" + builder + "\\.append\\(|\\b" + builder
                        + "\\s*=\\s*new StringBuilder\\(").matcher(code);
                while (part.find()) {
                    check(file, argument(code, part.end()), problems);
                }
            }
        }
        assertTrue(queries >= 20, "found the queries: " + queries);
        assertTrue(problems.isEmpty(), "query text built from values:\n" + String.join("\n", problems));
    }

    @Test
    void theReadingCatchesAValueInAQuery() {
        List<String> problems = new ArrayList<>();
        check(Path.of("Example.java"), "\"SELECT a FROM A a WHERE a.name = '\" + name + \"'\"", problems);
        check(Path.of("Example.java"), "\"SELECT a FROM A a\" + (sorted ? \" ORDER BY \" + column : \"\")", problems);
        assertEquals(2, problems.size(), problems.toString());
        List<String> none = new ArrayList<>();
        check(Path.of("Example.java"), "\"SELECT a FROM A a\" + (sorted ? \" ORDER BY a.x\" : \"\") + ORDER_BY"
                + " + \" AND a.id IN (\" + positionalParameters(2, ids.size()) + \")\"", none);
        assertEquals(List.of(), none);
    }

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/")).toList();
            assertTrue(sources.size() > 100, "read the modules' sources under " + root);
            return sources;
        }
    }

    /** Whether a query text expression is made of literals, constants, conditionals of them and placeholders. */
    private static void check(Path file, String expression, List<String> problems) {
        String text = LITERAL.matcher(expression).replaceAll("S");
        // A ternary binds looser than +: one at the top level is the whole expression.
        List<String> whole = conditional(text);
        if (whole != null) {
            whole.forEach(branch -> check(file, branch, problems));
            return;
        }
        for (String operand : topLevel(text, '+')) {
            String part = operand.strip();
            if (part.equals("S") || CONSTANT.matcher(part).matches() || PLACEHOLDERS.matcher(part).matches()) {
                continue;
            }
            if (part.startsWith("(") && part.endsWith(")")) {
                List<String> branches = conditional(part.substring(1, part.length() - 1));
                if (branches != null) {
                    branches.forEach(branch -> check(file, branch, problems));
                    continue;
                }
            }
            problems.add(file.getFileName() + ": " + part);
        }
    }

    /** The two branches of {@code cond ? a : b}, or {@code null} if it is none. */
    private static List<String> conditional(String text) {
        List<String> question = topLevel(text, '?');
        if (question.size() != 2) {
            return null;
        }
        List<String> branches = topLevel(question.get(1), ':');
        return branches.size() == 2 ? branches : null;
    }

    /** Splits at a character outside parentheses (string literals are already replaced). */
    private static List<String> topLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The first argument of the call whose parenthesis opens just before {@code from}. */
    private static String argument(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                Matcher literal = LITERAL.matcher(code).region(i, code.length());
                if (literal.lookingAt()) {
                    i = literal.end() - 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return code.substring(from, i);
            }
        }
        throw new IllegalStateException("An unclosed call at " + from);
    }
}
