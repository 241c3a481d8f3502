package org.imprimatur.app.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.imprimatur.app.startup.StartupFailedException;

/**
 * Creates and upgrades the schema with the versioned migrations in {@code db/migration}, the same scripts on H2
 * and PostgreSQL. Runs once at start-up, before anything touches the database; several instances starting at
 * once are safe because Flyway locks its history table.
 */
@ApplicationScoped
public class DatabaseMigrations {

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /**
     * @return the database product and the schema version it is at now
     * @throws StartupFailedException if the database cannot be reached or a migration fails
     */
    public String migrate() {
        String product = describeDatabase();
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return product + ", schema version " + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion : result.initialSchemaVersion);
        } catch (FlywayException e) {
            throw new StartupFailedException("the database schema could not be migrated: " + e.getMessage());
        }
    }

    private String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new StartupFailedException("cannot connect to the database (imprimatur.db.url, IMPRIMATUR_DB_URL): "
                    + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
