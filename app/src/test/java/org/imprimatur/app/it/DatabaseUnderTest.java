package org.imprimatur.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database the server under test uses, as the build configured it (the IMPRIMATUR_DB_* variables that Payara
 * Micro inherits). For PostgreSQL it also decides, before the container starts, whether the tests can run: when no
 * PostgreSQL answers they are reported as skipped — unless {@code imprimatur.it.postgresql.required} is true or the
 * environment variable {@code CI} is {@code true}, in which case the run fails.
 */
public final class DatabaseUnderTest implements ExecutionCondition {

    static String kind() {
        return System.getProperty("imprimatur.it.database", "h2");
    }

    static Connection connect() throws SQLException {
        String user = System.getenv().getOrDefault("IMPRIMATUR_DB_USER", "imprimatur");
        String password = System.getenv().getOrDefault("IMPRIMATUR_DB_PASSWORD", "imprimatur");
        return DriverManager.getConnection(System.getenv("IMPRIMATUR_DB_URL"), user, password);
    }

    /**
     * One column of the ledger entries about an item, oldest first, of one event type or, for {@code null}, of every
     * type; the automatic checks' own entries ({@link MachineEvents}) are left out.
     */
    static List<String> ledgerColumn(String itemId, String column, String eventType) {
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("SELECT " + column + " FROM ledger_entry WHERE item_id = ?"
                     + " AND actor <> ?" + (eventType == null ? "" : " AND event_type = ?") + " ORDER BY seq")) {
            query.setString(1, itemId);
            query.setString(2, MachineEvents.CHECKS);
            if (eventType != null) {
                query.setString(3, eventType);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(kind())) {
            return ConditionEvaluationResult.enabled("runs on the embedded H2");
        }
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + System.getenv("IMPRIMATUR_DB_URL"));
        } catch (SQLException e) {
            String reason = "No PostgreSQL at " + System.getenv("IMPRIMATUR_DB_URL") + " (" + e.getMessage()
                    + "); set -Dimprimatur.it.postgresql.url=... to run the PostgreSQL tests";
            if (Boolean.getBoolean("imprimatur.it.postgresql.required") || "true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason, e);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
