package org.imprimatur.generation.text;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text from outside — sources, model output, what users submit and comment — made inert before it is stored or shown:
 * the OWASP Java HTML Sanitizer, with a policy that allows no element at all, removes every tag, attribute and
 * script or style content; what remains is plain text again (its entities decoded), so that "AT&amp;T" and "1 &lt; 2"
 * stay as written. Decoding could turn an escaped tag ({@code &lt;script&gt;}) into a live one, so the text is
 * sanitised again until it no longer changes: the result holds nothing an HTML parser would read as markup, even
 * where a page forgets to escape it.
 *
 * <p>Plain text without markup comes back unchanged, so offsets into it (attributions, spans) stay valid.
 * Thread-safe.
 */
public final class InertText {

    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();
    /** Each round peels one layer of escaping; real text needs one or two, hostile text gets a few more. */
    private static final int MAX_ROUNDS = 8;

    private InertText() {
    }

    /** The text without markup; {@code null} stays {@code null}. */
    public static String of(String text) {
        if (text == null || !mayHoldMarkup(text)) {
            return text;
        }
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = Encoding.decodeHtml(NO_MARKUP.sanitize(current));
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        // Still changing: keep the sanitiser's own escaped form, which is inert by construction.
        return NO_MARKUP.sanitize(current);
    }

    /** Whether the text is unchanged by {@link #of}. */
    public static boolean isInert(String text) {
        return text == null || text.equals(of(text));
    }

    private static boolean mayHoldMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
    }
}
