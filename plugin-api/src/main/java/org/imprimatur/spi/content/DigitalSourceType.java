package org.imprimatur.spi.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The terms of the IPTC Digital Source Type vocabulary that say a machine made or co-made the content: the ones an
 * AI-disclosure label may carry. Terms for camera and scanner originals are left out on purpose; Imprimatur's
 * content is always AI-generated, and labelling it as a photograph would be false.
 *
 * @see <a href="https://cv.iptc.org/newscodes/digitalsourcetype/">IPTC NewsCodes: Digital Source Type</a>
 */
public enum DigitalSourceType {
    /** Made by a model trained on sampled content, with no human edits. */
    TRAINED_ALGORITHMIC_MEDIA("trainedAlgorithmicMedia"),
    /** A composite of model-made content and other content, e.g. an AI draft that people edited. */
    COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA("compositeWithTrainedAlgorithmicMedia"),
    /** Made purely by an algorithm not trained on sampled content. */
    ALGORITHMIC_MEDIA("algorithmicMedia"),
    /** A composite of synthetic elements. */
    COMPOSITE_SYNTHETIC("compositeSynthetic"),
    /** A capture an algorithm enhanced substantially. */
    ALGORITHMICALLY_ENHANCED("algorithmicallyEnhanced");

    /** The IPTC vocabulary's namespace; a term's URI is this followed by the term. */
    public static final String VOCABULARY = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private final String term;

    DigitalSourceType(String term) {
        this.term = term;
    }

    /** The IPTC term, e.g. {@code trainedAlgorithmicMedia}. */
    public String term() {
        return term;
    }

    /** The term's URI, as XMP's {@code Iptc4xmpExt:DigitalSourceType} carries it. */
    public String uri() {
        return VOCABULARY + term;
    }

    /**
     * The type a term or its URI names, ignoring case.
     *
     * @return empty when the text is no term of this list
     */
    public static Optional<DigitalSourceType> ofTerm(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String term = text.strip();
        if (term.toLowerCase(Locale.ROOT).startsWith(VOCABULARY)) {
            term = term.substring(VOCABULARY.length());
        }
        String wanted = term;
        return Arrays.stream(values()).filter(type -> type.term.equalsIgnoreCase(wanted)).findFirst();
    }
}
