package org.imprimatur.review.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code @name} mentions in a comment. A name is what a user name may be — letters, digits, '.', '_'
 * and '-', starting and ending with a letter or digit, at most 64 characters — matched without regard to case (user
 * names are lower case). The {@code @} must not follow a letter, digit or one of those marks, so that an e-mail
 * address such as {@code desk@example.org} mentions nobody; punctuation after a name ends it ({@code @bob,}).
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}._@-])@([\\p{Alnum}](?:[\\p{Alnum}._-]{0,62}[\\p{Alnum}])?)(?![\\p{Alnum}_@]|[.-]\\p{Alnum})");

    private Mentions() {
    }

    /** The names mentioned in {@code text}, in lower case, each once, in the order they first appear. */
    public static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }
}
