/**
 * An optional check (id {@code moderation}) that sends a revision's sentences to an external moderation service
 * speaking OpenAI's {@code /moderations} protocol, and reports the sentences it flags in the toxicity check's
 * categories. Off, and nothing leaves the machine, until {@code imprimatur.check.moderation.base-url} is set.
 * {@link org.imprimatur.moderation.ModerationCheck} is the check; {@code ModerationCategories} maps the service's
 * categories onto Imprimatur's.
 */
package org.imprimatur.moderation;
