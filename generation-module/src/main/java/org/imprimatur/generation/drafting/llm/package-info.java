/**
 * Drafting with a language model behind an API: OpenAI's chat completions (and the many servers that speak it)
 * and Ollama's chat API. The model is given the brief, the house style and numbered source passages, and asked
 * to cite them; its citations become the draft's attributions, each scored against the cited passage.
 *
 * <p>{@link org.imprimatur.generation.drafting.llm.ModelServer} is the HTTP side shared with the image provider:
 * configuration, time-outs, and the classification of failures into retryable and not.
 */
package org.imprimatur.generation.drafting.llm;
