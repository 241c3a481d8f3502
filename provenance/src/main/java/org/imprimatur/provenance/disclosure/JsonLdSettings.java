package org.imprimatur.provenance.disclosure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a desk's releases describe themselves in schema.org JSON-LD, beyond what the item and its label say. Each
 * setting is read as {@code imprimatur.desk.<desk>.jsonld.<key>}, else {@code imprimatur.jsonld.<key>}, else its
 * default:
 * <ul>
 *   <li>{@code publisher.name}, {@code publisher.url}: the newsroom as the work's {@code publisher} (an
 *       {@code Organization}); without a name, no publisher is stated</li>
 *   <li>{@code principles-url}: the page of the newsroom's AI policy, as the {@code url} of the
 *       {@code publishingPrinciples} that carries the disclosure statement; none by default</li>
 *   <li>{@code include-editor}: whether the responsible editor is named as {@code editor} and {@code creator}
 *       ({@code true}); a newsroom that names no staff in machine-readable data turns it off — the ledger still
 *       records who released the item</li>
 *   <li>{@code language}: the work's {@code inLanguage}, a BCP 47 tag such as {@code en-GB}; none by default</li>
 * </ul>
 * The disclosure statement itself is the item's label (whose default is the desk's
 * {@code imprimatur.desk.<desk>.disclosure.statement}): the JSON-LD never says something else than the visible line.
 *
 * @param publisherName the publisher's name; empty for none
 * @param publisherUrl  its web address; empty for none
 * @param principlesUrl the AI policy's address; empty for none
 * @param includeEditor whether the responsible editor is named
 * @param language      the language tag; empty for none
 */
public record JsonLdSettings(String publisherName, String publisherUrl, String principlesUrl, boolean includeEditor,
                             String language) {

    /** Nothing configured: no publisher, no policy page, no language, the editor named. */
    public static final JsonLdSettings DEFAULT = new JsonLdSettings("", "", "", true, "");

    public JsonLdSettings {
        publisherName = publisherName == null ? "" : publisherName.strip();
        publisherUrl = publisherUrl == null ? "" : publisherUrl.strip();
        principlesUrl = principlesUrl == null ? "" : principlesUrl.strip();
        language = language == null ? "" : language.strip();
    }

    /**
     * The settings of {@code desk} under {@code settings} (a configuration key to its value, if set).
     *
     * @throws IllegalStateException naming the key, if an address is no absolute http(s) URL or
     *                               {@code include-editor} is neither {@code true} nor {@code false}
     */
    public static JsonLdSettings resolve(String desk, Function<String, Optional<String>> settings) {
        Function<String, Setting> read = key -> setting(desk, key, settings);
        Setting editor = read.apply("include-editor");
        boolean includeEditor = switch (editor.value().toLowerCase(Locale.ROOT)) {
            case "", "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(editor.key() + " must be true or false, not '"
                    + editor.value() + "'");
        };
        return new JsonLdSettings(read.apply("publisher.name").value(), webAddress(read.apply("publisher.url")),
                webAddress(read.apply("principles-url")), includeEditor, read.apply("language").value());
    }

    private static Setting setting(String desk, String key, Function<String, Optional<String>> settings) {
        String deskKey = "imprimatur.desk." + desk + ".jsonld." + key;
        String globalKey = "imprimatur.jsonld." + key;
        return settings.apply(deskKey).filter(value -> !value.isBlank()).map(value -> new Setting(deskKey, value))
                .or(() -> settings.apply(globalKey).filter(value -> !value.isBlank())
                        .map(value -> new Setting(globalKey, value)))
                .orElse(new Setting(deskKey, ""));
    }

    private static String webAddress(Setting setting) {
        if (setting.value().isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(setting.value());
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return setting.value();
            }
        } catch (URISyntaxException e) {
            // reported below, with the key to fix
        }
        throw new IllegalStateException(setting.key() + " must be an absolute http or https URL, not '"
                + setting.value() + "'");
    }

    /** A value and the key it was read from, to name in an error. */
    private record Setting(String key, String value) {

        Setting {
            value = value.strip();
        }
    }
}
