/**
 * The toxicity check: hate, harassment, threats, sexual content, self-harm and profanity, per sentence.
 *
 * <p>{@link org.imprimatur.checks.toxicity.ToxicityCheck} is the {@code ContentCheck};
 * {@link org.imprimatur.checks.toxicity.ToxicityClassifier} does the work for it and for the batch command. Its
 * signals are small classes combined in one place: a learned model over sentence embeddings ({@code ToxicityModel},
 * weights in {@code toxicity-model.json}, trained by {@code TrainToxicityModel} in the tests), a lexicon that sees
 * through disguised spellings ({@code Lexicon}, {@code ObfuscationNormalizer}), their combination
 * ({@code ScoreCombiner}), and reported speech ({@code ReportedSpeech}). docs/checks.md describes the training data,
 * the validation figures and the functional cases.
 */
package org.imprimatur.checks.toxicity;
