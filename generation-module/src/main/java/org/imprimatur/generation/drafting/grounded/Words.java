package org.imprimatur.generation.drafting.grounded;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the length of an article is counted: runs of letters and digits, joined by inner apostrophes, points,
 * commas or hyphens ({@code don't}, {@code 3.5}, {@code 120,000}, {@code well-known}). Stateless.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Words() {
    }

    static int count(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** {@code text} with every run of white space (line breaks of a wrapped PDF line included) as one space. */
    static String singleSpaced(String text) {
        return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }
}
