package org.imprimatur.checks.image;

import java.util.Set;

/**
 * What an IPTC digital source type (NewsCodes vocabulary {@code http://cv.iptc.org/newscodes/digitalsourcetype/})
 * says about how a picture was made, as far as an AI-made picture is concerned.
 */
enum DigitalSourceType {

    /** Made by generative AI, whole or in part: what an AI picture should say. */
    GENERATIVE,
    /** Captured from the real world (a camera, film, a scan, a screen), perhaps edited by hand: an AI picture that says
     * this passes itself off as a photograph. */
    CAPTURE,
    /** Made or changed by software in some other way; true of an AI picture, but does not say generative AI. */
    OTHER_SOFTWARE,
    /** Not a term of the vocabulary. */
    UNKNOWN;

    static final String VOCABULARY = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private static final Set<String> GENERATIVE_TERMS = Set.of("trainedAlgorithmicMedia",
            "compositeWithTrainedAlgorithmicMedia", "algorithmicMedia", "compositeSynthetic");
    private static final Set<String> CAPTURE_TERMS = Set.of("digitalCapture", "computationalCapture", "negativeFilm",
            "positiveFilm", "print", "humanEdits", "minorHumanEdits", "compositeCapture", "screenCapture",
            "virtualRecording");
    private static final Set<String> OTHER_SOFTWARE_TERMS = Set.of("algorithmicallyEnhanced", "digitalCreation",
            "dataDrivenMedia", "composite", "softwareImage", "digitalArt");

    /** The kind of a marker's value: the vocabulary URI, or its bare term as some tools write it. */
    static DigitalSourceType of(String value) {
        String term = term(value);
        if (GENERATIVE_TERMS.contains(term)) {
            return GENERATIVE;
        }
        if (CAPTURE_TERMS.contains(term)) {
            return CAPTURE;
        }
        return OTHER_SOFTWARE_TERMS.contains(term) ? OTHER_SOFTWARE : UNKNOWN;
    }

    /** The term a value names: the part after the vocabulary's URI, or the whole value. */
    static String term(String value) {
        String stripped = value.strip();
        return stripped.startsWith(VOCABULARY) ? stripped.substring(VOCABULARY.length()) : stripped;
    }
}
