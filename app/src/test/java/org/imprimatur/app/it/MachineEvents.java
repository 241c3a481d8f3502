package org.imprimatur.app.it;

import jakarta.json.JsonObject;

/**
 * The ledger entries the automatic checks append on their own, some time after a revision enters review: their
 * reports, and the findings of the revision before that their re-run fixed or carried a decision over to. Tests of
 * the human path leave them out, since when they arrive is not theirs to say.
 */
final class MachineEvents {

    /** Who the ledger names for what the checks did. */
    static final String CHECKS = "imprimatur-checks";

    /** SQL that counts ledger entries other than the checks'. */
    static final String COUNT_HUMAN_PATH = "SELECT COUNT(*) FROM ledger_entry WHERE actor <> '" + CHECKS + "'";

    private MachineEvents() {
    }

    static boolean isMachine(JsonObject entry) {
        return CHECKS.equals(entry.getString("actor"));
    }
}
