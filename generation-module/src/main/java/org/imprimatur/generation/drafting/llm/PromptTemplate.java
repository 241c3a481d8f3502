package org.imprimatur.generation.drafting.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned chat prompt: a system and a user message with {@code {{name}}} placeholders, kept as a resource
 * under {@code org/imprimatur/generation/prompts/<id>.v<version>.txt} so that a model card's template id and
 * version say exactly which wording a draft was asked with.
 *
 * <p>The file starts with {@code name: value} header lines ({@code id}, {@code version}; {@code #} lines are
 * comments), then {@code === system ===} and {@code === user ===} each start a message. A released version is
 * never edited; a new wording is a new version.
 *
 * <p>Immutable and thread-safe.
 */
final class PromptTemplate {

    private static final String FOLDER = "/org/imprimatur/generation/prompts/";
    private static final Pattern NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.v([1-9][0-9]*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String SYSTEM = "=== system ===";
    private static final String USER = "=== user ===";

    private final String id;
    private final int version;
    private final String system;
    private final String user;

    private PromptTemplate(String id, int version, String system, String user) {
        this.id = id;
        this.version = version;
        this.system = system;
        this.user = user;
    }

    /**
     * Loads a template from the class path.
     *
     * @param name {@code <id>.v<version>}, e.g. {@code article-draft.v1}
     * @throws IllegalStateException if there is no such template, or its header does not match its name
     */
    static PromptTemplate load(String name) {
        Matcher parts = NAME.matcher(name);
        if (!parts.matches()) {
            throw new IllegalStateException("A prompt template is named <id>.v<version>, e.g. article-draft.v1, not '"
                    + name + "'");
        }
        String text;
        try (InputStream in = PromptTemplate.class.getResourceAsStream(FOLDER + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("There is no prompt template '" + name + "' in " + FOLDER);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The prompt template '" + name + "' could not be read", e);
        }
        return parse(name, text, parts.group(1), Integer.parseInt(parts.group(2)));
    }

    private static PromptTemplate parse(String name, String text, String id, int version) {
        String normalised = text.replace("\r\n", "\n");
        int systemAt = normalised.indexOf(SYSTEM + "\n");
        int userAt = normalised.indexOf(USER + "\n");
        if (systemAt < 0 || userAt < systemAt) {
            throw new IllegalStateException("The prompt template '" + name + "' needs a '" + SYSTEM + "' and then a '"
                    + USER + "' line");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : normalised.substring(0, systemAt).split("\n")) {
            int colon = line.indexOf(':');
            if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                header.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        if (!id.equals(header.get("id")) || !String.valueOf(version).equals(header.get("version"))) {
            throw new IllegalStateException("The prompt template '" + name + "' says it is id " + header.get("id")
                    + ", version " + header.get("version"));
        }
        String system = normalised.substring(systemAt + SYSTEM.length() + 1, userAt).strip();
        String user = normalised.substring(userAt + USER.length() + 1).strip();
        return new PromptTemplate(id, version, system, user);
    }

    String id() {
        return id;
    }

    int version() {
        return version;
    }

    /**
     * Fills in the placeholders. Values are inserted as they are: a value that contains {@code {{…}}} is not
     * expanded again, so no source text can change the instructions around it.
     *
     * @return the system and the user message
     * @throws IllegalArgumentException if a placeholder has no value
     */
    List<String> render(Map<String, String> values) {
        return List.of(fill(system, values), fill(user, values));
    }

    private String fill(String message, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The prompt template " + id + ".v" + version + " needs a value for {{"
                        + placeholder.group(1) + "}}");
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
