/**
 * The embedded, offline grounded drafter: writes an article for a brief by choosing, ordering and copying source
 * sentences, every one attributed to the passage it came from. Entry point: {@link
 * org.imprimatur.generation.drafting.grounded.GroundedDraftingProvider}.
 */
package org.imprimatur.generation.drafting.grounded;
