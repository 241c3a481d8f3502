/**
 * Sentence detection, tokens, language detection, embeddings and passage search over sources, shared by drafting and the checks. It knows text and passages, never content items.
 *
 * <p>Empty until its issue lands; the module exists so that the build, the dependency rules and the deployable
 * already have its place.
 */
package org.imprimatur.nlp;
