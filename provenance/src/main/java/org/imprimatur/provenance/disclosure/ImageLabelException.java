package org.imprimatur.provenance.disclosure;

/** A picture could not carry its disclosure label: an unsupported format, or bytes that are no such image. */
public class ImageLabelException extends Exception {

    public ImageLabelException(String message) {
        super(message);
    }

    public ImageLabelException(String message, Throwable cause) {
        super(message, cause);
    }
}
