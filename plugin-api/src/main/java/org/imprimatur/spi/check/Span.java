package org.imprimatur.spi.check;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a text.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The spanned part of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
