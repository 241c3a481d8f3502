package org.imprimatur.app.it;

/**
 * The ledger entries the automatic checks append on their own, some time after a revision enters review. Tests
 * of the human path leave them out, since when they arrive is not theirs to say.
 */
final class MachineEvents {

    private MachineEvents() {
    }

    static boolean isCheck(String eventType) {
        return eventType.startsWith("CHECK_");
    }

    /** SQL that counts ledger entries other than the checks'. */
    static final String COUNT_HUMAN_PATH = "SELECT COUNT(*) FROM ledger_entry WHERE event_type NOT LIKE 'CHECK%'";
}
