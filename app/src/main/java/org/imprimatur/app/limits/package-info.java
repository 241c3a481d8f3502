/**
 * Limits against abuse: how large a JSON body may be, and how often one user may start generation work. Each
 * refusal is a problem+json (413, 429 with Retry-After).
 */
package org.imprimatur.app.limits;
