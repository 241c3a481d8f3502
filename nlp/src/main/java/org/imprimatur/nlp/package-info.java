/**
 * The language side of Imprimatur, shared by drafting and the checks: it knows texts and passages, never content
 * items.
 *
 * <ul>
 *   <li>{@link org.imprimatur.nlp.TextSegmenter} cuts a source's extracted text into paragraphs and
 *       {@link org.imprimatur.nlp.Sentence}s, and those into the {@link org.imprimatur.spi.source.Passage}s that drafts
 *       attribute to and checks cite;</li>
 *   <li>{@link org.imprimatur.nlp.WordTokenizer} gives word tokens and {@link org.imprimatur.nlp.LanguageIdentifier}
 *       the language of a text (OpenNLP models);</li>
 *   <li>{@link org.imprimatur.nlp.SentenceEmbedder} embeds sentences with all-MiniLM-L6-v2 on ONNX Runtime, and
 *       {@link org.imprimatur.nlp.VectorCodec} stores the vectors, so a source is embedded once, at ingestion;</li>
 *   <li>{@link org.imprimatur.nlp.PassageIndex} searches stored passages by meaning and wording, as the
 *       {@link org.imprimatur.spi.source.SourcePassages} SPI promises.</li>
 * </ul>
 *
 * <p>Every model is read from the classpath (the Maven artifacts that carry them), once, and runs on the CPU; nothing
 * is downloaded at run time. Everything here is safe to share between threads. A model that is missing or broken
 * surfaces as {@link org.imprimatur.nlp.NlpModelException}; only {@code SentenceEmbedder} holds native memory and must
 * be closed.
 */
package org.imprimatur.nlp;
