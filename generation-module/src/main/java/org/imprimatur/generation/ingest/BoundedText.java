package org.imprimatur.generation.ingest;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Collects a parse's plain text, at most {@code maxCharacters} of it, and stops the parse when the text would grow
 * past that or the worker is interrupted. Past the limit it throws Tika's {@link WriteLimitReachedException}, which
 * Tika's parsers pass on from embedded documents; it also remembers it, because not every parser does. One per parse;
 * not thread-safe.
 */
final class BoundedText extends ContentHandlerDecorator {

    private final ToTextContentHandler text;
    private final int maxCharacters;
    private int written;
    private boolean exceeded;

    BoundedText(int maxCharacters) {
        this(new ToTextContentHandler(), maxCharacters);
    }

    private BoundedText(ToTextContentHandler text, int maxCharacters) {
        super(text);
        this.text = text;
        this.maxCharacters = maxCharacters;
    }

    /** Whether the text reached past the limit at any point, whether or not a parser swallowed the exception. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        count(length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        count(length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        stopIfInterrupted();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        stopIfInterrupted();
        super.endElement(uri, localName, name);
    }

    private void count(int length) throws SAXException {
        stopIfInterrupted();
        if (exceeded || written + (long) length > maxCharacters) {
            exceeded = true;
            throw new WriteLimitReachedException(maxCharacters);
        }
        written += length;
    }

    private static void stopIfInterrupted() throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
            throw new SAXException("Parsing was stopped at its deadline");
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
