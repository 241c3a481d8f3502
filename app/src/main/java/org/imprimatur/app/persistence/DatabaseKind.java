package org.imprimatur.app.persistence;

import java.sql.SQLException;

/** The databases Imprimatur runs on, told apart by their JDBC URL. */
public enum DatabaseKind {
    /** The embedded default: a file under the data directory. */
    H2,
    /** The production database. */
    POSTGRESQL;

    /**
     * @throws SQLException naming the setting, if the URL is empty or belongs to another database
     */
    public static DatabaseKind of(String jdbcUrl) throws SQLException {
        if (jdbcUrl != null && jdbcUrl.startsWith(JdbcUrlDataSource.H2_PREFIX)) {
            return H2;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith(JdbcUrlDataSource.POSTGRESQL_PREFIX)) {
            return POSTGRESQL;
        }
        throw new SQLException("imprimatur.db.url must start with " + JdbcUrlDataSource.H2_PREFIX + " or "
                + JdbcUrlDataSource.POSTGRESQL_PREFIX + ", not '" + jdbcUrl + "'");
    }
}
