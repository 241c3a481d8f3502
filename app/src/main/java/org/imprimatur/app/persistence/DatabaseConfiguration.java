package org.imprimatur.app.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of a deployment, configured by {@code imprimatur.db.url}, {@code .user} and {@code .password}
 * (Payara resolves {@code ${MPCONFIG=…}} when it creates the pool). {@link JdbcUrlDataSource} picks H2 or
 * PostgreSQL from the URL, so operators switch databases by changing one setting.
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "org.imprimatur.app.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=imprimatur.db.url}",
        user = "${MPCONFIG=imprimatur.db.user}",
        password = "${MPCONFIG=imprimatur.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        // Checked before handing out, so a database restart does not leave broken connections in the pool.
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/imprimatur";
}
