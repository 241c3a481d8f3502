package org.imprimatur.nlp;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Reads the models this module uses from the classpath, where their Maven artifacts put them. Nothing is ever read
 * from a file path or downloaded.
 */
final class ClasspathModels {

    static final String SENTENCE_EN = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_EN = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String LANGUAGES = "langdetect-183.bin";
    static final String MINILM_ONNX = "all-minilm-l6-v2-q.onnx";
    static final String MINILM_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private ClasspathModels() {
    }

    /** An OpenNLP model, constructed from a resource stream. */
    @FunctionalInterface
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    static SentenceModel sentenceModel(String resource) {
        return read(resource, SentenceModel::new);
    }

    static TokenizerModel tokenizerModel(String resource) {
        return read(resource, TokenizerModel::new);
    }

    static LanguageDetectorModel languageModel(String resource) {
        return read(resource, LanguageDetectorModel::new);
    }

    static byte[] bytes(String resource) {
        return read(resource, InputStream::readAllBytes);
    }

    /**
     * Opens {@code resource} (at the root of some jar on this module's class loader) for the caller to read and
     * close.
     *
     * @throws NlpModelException {@link NlpModelException.Reason#MISSING} if it is not there
     */
    static InputStream open(String resource) {
        InputStream in = ClasspathModels.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new NlpModelException(NlpModelException.Reason.MISSING,
                    "The model " + resource + " is not on the classpath; is its jar missing from the deployment?");
        }
        return in;
    }

    private static <T> T read(String resource, ModelReader<T> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                    "The model " + resource + " could not be read: " + e.getMessage(), e);
        }
    }
}
