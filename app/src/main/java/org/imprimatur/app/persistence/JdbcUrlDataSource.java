package org.imprimatur.app.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.imprimatur.app.startup.StartupFailure;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A {@link DataSource} that becomes the H2 or the PostgreSQL driver's own data source depending on the JDBC URL
 * it is given. Payara's pool instantiates it from {@link DatabaseConfiguration} and sets URL, user and password
 * through the bean setters below.
 */
public class JdbcUrlDataSource implements DataSource {

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    // A database that does not answer should fail start-up quickly, not after the driver's defaults.
    private static final int POSTGRESQL_CONNECT_TIMEOUT_SECONDS = 10;

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return target().getConnection();
        } catch (SQLException e) {
            throw reported(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return target().getConnection(username, password);
        } catch (SQLException e) {
            throw reported(e);
        }
    }

    /**
     * The container's JPA deployment opens the first connection, before any Imprimatur code runs; if that fails,
     * this is the one place that can say so plainly.
     */
    private SQLException reported(SQLException e) {
        if (StartupFailure.starting()) {
            StartupFailure.report("cannot connect to the database " + withoutPassword(url) + " (imprimatur.db.url, IMPRIMATUR_DB_URL): "
                    + e.getMessage());
        }
        return e;
    }

    private DataSource target() throws SQLException {
        DatabaseKind kind = DatabaseKind.of(url);
        String pass = password == null ? "" : password;
        return switch (kind) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(url);
                h2.setUser(user);
                h2.setPassword(pass);
                h2.setLoginTimeout(loginTimeout);
                h2.setLogWriter(logWriter);
                yield h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(url);
                postgres.setUser(user);
                postgres.setPassword(pass);
                postgres.setConnectTimeout(POSTGRESQL_CONNECT_TIMEOUT_SECONDS);
                postgres.setLoginTimeout(loginTimeout);
                postgres.setLogWriter(logWriter);
                yield postgres;
            }
        };
    }

    private static String withoutPassword(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("JdbcUrlDataSource logs through its target driver");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("JdbcUrlDataSource does not wrap a " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
