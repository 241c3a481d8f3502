package org.imprimatur.generation.drafting.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.source.Passage;

/**
 * The prompt for one draft: the system and user messages as sent, and the passages they number, so that
 * citation {@code [n]} in the answer means {@code passages.get(n - 1)}.
 *
 * @param system   the system message
 * @param user     the user message
 * @param passages the passages, in the order they are numbered from 1
 * @param template the template it was made from
 */
record DraftPrompt(String system, String user, List<Passage> passages, PromptTemplate template) {

    DraftPrompt {
        passages = List.copyOf(passages);
    }

    /**
     * Fills the template in with the brief, the house style and the passages, each passage on its own line as
     * {@code [n] (source title) text}.
     *
     * @param titles source titles by source id; a passage whose source has none is labelled with its source id
     */
    static DraftPrompt compose(PromptTemplate template, String houseStyle, Brief brief, List<Passage> passages,
                               Map<String, String> titles) {
        StringBuilder numbered = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            String title = titles.getOrDefault(passage.sourceId(), passage.sourceId());
            numbered.append(i == 0 ? "" : "\n")
                    .append('[').append(i + 1).append("] (").append(oneLine(title)).append(") ")
                    .append(oneLine(passage.text()));
        }
        List<String> messages = template.render(Map.of(
                "house_style", houseStyle.strip(),
                "topic", oneLine(brief.topic()),
                "angle", brief.angle().isBlank() ? "none given" : oneLine(brief.angle()),
                "desk", brief.desk().isBlank() ? "none given" : oneLine(brief.desk()),
                "target_words", String.valueOf(brief.targetWords()),
                "language", language(brief.language()),
                "passages", numbered.toString()));
        return new DraftPrompt(messages.get(0), messages.get(1), passages, template);
    }

    /**
     * The prompt as one text: the system message, a blank line, the user message. This is what
     * {@link #sha256()} digests, so anyone holding the two messages as sent can recompute it.
     */
    String text() {
        return system + "\n\n" + user;
    }

    /** The SHA-256 of {@link #text()} in UTF-8: the model card's prompt digest. */
    Sha256 sha256() {
        return Sha256.ofUtf8(text());
    }

    /** "German (de)": models follow a language name more reliably than a bare code. */
    private static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }

    /** Keeps one passage or field per line, so nothing inside it can start a line of its own. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The system and user messages, as both chat protocols send them. */
    JsonArrayBuilder messages(JsonProvider json) {
        return json.createArrayBuilder()
                .add(json.createObjectBuilder().add("role", "system").add("content", system))
                .add(json.createObjectBuilder().add("role", "user").add("content", user));
    }
}
