package org.imprimatur.generation.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.mime.MediaType;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.xml.sax.SAXParseException;

/** Turns what a Tika parse threw into a rejection an editor can read. */
final class ParseFailures {

    /** How SecureContentHandler words its refusal; Tika has no exception type of its own for it. */
    private static final String ZIP_BOMB = "Suspected zip bomb";

    /** The JDK's XML processing limits (entity expansions, entity sizes, nesting) all carry codes JAXP0001xxxx. */
    private static final String JDK_XML_LIMIT = "JAXP0001";

    private static final int MAX_DETAIL = 200;

    private ParseFailures() {
    }

    static SourceRejectedException rejection(Exception failure, MediaType type, int maxTextCharacters) {
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return textTooLong(maxTextCharacters, failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new SourceRejectedException(Reason.CORRUPT, "The file is encrypted or password-protected", failure);
            }
            if (t instanceof TikaMemoryLimitException || String.valueOf(t.getMessage()).startsWith(ZIP_BOMB)) {
                return new SourceRejectedException(Reason.TOO_COMPLEX, "The file expands far beyond its size ("
                        + detail(t) + ")", failure);
            }
            if (t instanceof SAXParseException && String.valueOf(t.getMessage()).contains(JDK_XML_LIMIT)) {
                return new SourceRejectedException(Reason.TOO_COMPLEX, "The file's XML exceeds the parser's limits ("
                        + detail(t) + ")", failure);
            }
        }
        return new SourceRejectedException(Reason.CORRUPT, "The file cannot be read as " + type + ": "
                + detail(rootCause(failure)), failure);
    }

    static SourceRejectedException textTooLong(int maxTextCharacters, Throwable cause) {
        return new SourceRejectedException(Reason.TOO_COMPLEX, String.format(java.util.Locale.ROOT,
                "The file has more than %,d characters of text", maxTextCharacters), cause);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String detail(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "…";
    }
}
