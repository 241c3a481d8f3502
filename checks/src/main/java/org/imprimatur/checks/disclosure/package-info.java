/**
 * The disclosure check: an AI-generated item without its AI-disclosure label is a finding the publisher must resolve,
 * by labelling it, before release.
 */
package org.imprimatur.checks.disclosure;
