package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.List;

import org.imprimatur.spi.check.Span;

/**
 * Cuts extracted text into paragraphs. A blank line always ends one. A single line break ends one only when the
 * line before it ends a block: extracted text puts a line break both after every paragraph (HTML, DOCX) and inside
 * paragraphs wherever the layout wrapped them (PDF), so the line break alone says nothing. A line ends a block when
 * <ul>
 *   <li>it ends a sentence: its last character, after closing quotes and brackets, is {@code . ! ? … :};</li>
 *   <li>the next line starts a list item ({@code •}, {@code -}, {@code *}, {@code –}, {@code 1.}, {@code 2)}); or</li>
 *   <li>it is a heading: shorter than half the longest line of its block, and the next line starts with a capital
 *       letter, a digit or an opening quote. Wrapped lines run to the full width, headings do not.</li>
 * </ul>
 * Stateless.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /** The paragraphs of {@code text} in order, each span without surrounding white space. */
    static List<Span> of(String text) {
        List<Span> paragraphs = new ArrayList<>();
        List<Span> block = new ArrayList<>();
        for (Span line : lines(text)) {
            if (line.length() == 0) {
                cutBlock(text, block, paragraphs);
                block.clear();
            } else {
                block.add(line);
            }
        }
        cutBlock(text, block, paragraphs);
        return paragraphs;
    }

    /** The lines of {@code text}, each trimmed of white space (a blank line becomes an empty span). */
    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines.add(trim(text, start, i));
                if (!end && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static void cutBlock(String text, List<Span> block, List<Span> paragraphs) {
        if (block.isEmpty()) {
            return;
        }
        int longest = block.stream().mapToInt(Span::length).max().orElseThrow();
        int start = block.get(0).start();
        for (int i = 0; i < block.size() - 1; i++) {
            Span line = block.get(i);
            if (endsBlock(text, line, block.get(i + 1), longest)) {
                paragraphs.add(new Span(start, line.end()));
                start = block.get(i + 1).start();
            }
        }
        paragraphs.add(new Span(start, block.get(block.size() - 1).end()));
    }

    private static boolean endsBlock(String text, Span line, Span next, int longest) {
        return endsSentence(text, line) || startsListItem(text, next)
                || (line.length() * 2 < longest && startsLikeParagraph(text.charAt(next.start())));
    }

    private static boolean endsSentence(String text, Span line) {
        int last = line.end() - 1;
        while (last > line.start() && "\"'”’»)]".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return ".!?…:".indexOf(text.charAt(last)) >= 0;
    }

    private static boolean startsListItem(String text, Span line) {
        char first = text.charAt(line.start());
        if ("•-*–—▪◦".indexOf(first) >= 0) {
            return line.length() > 1 && Character.isWhitespace(text.charAt(line.start() + 1));
        }
        int i = line.start();
        while (i < line.end() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > line.start() && i + 1 < line.end() && (text.charAt(i) == '.' || text.charAt(i) == ')')
                && Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean startsLikeParagraph(char first) {
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘«„".indexOf(first) >= 0;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
