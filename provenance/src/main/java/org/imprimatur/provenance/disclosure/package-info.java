/**
 * What readers and machines are told about a released item's making: the credits block from its attributions, the
 * schema.org JSON-LD record, the XMP label embedded in a published picture, and the label decision the ledger keeps
 * (how much of the text is the machine's, who reviewed it, who answers for it). Pure rendering over plugin-api value
 * types: the workflow and the store decide when.
 */
package org.imprimatur.provenance.disclosure;
