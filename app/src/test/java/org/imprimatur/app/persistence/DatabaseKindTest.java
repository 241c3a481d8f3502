package org.imprimatur.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseKindTest {

    @Test
    void anH2UrlMeansTheEmbeddedDatabase() throws SQLException {
        assertEquals(DatabaseKind.H2, DatabaseKind.of("jdbc:h2:file:./data/db/imprimatur"));
    }

    @Test
    void aPostgresqlUrlSwitchesToPostgresql() throws SQLException {
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.of("jdbc:postgresql://db:5432/imprimatur?ssl=true"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"jdbc:mysql://db/imprimatur", "postgresql://db/imprimatur", "jdbc:H2:mem:x"})
    void anyOtherUrlIsRefusedNamingTheSetting(String url) {
        SQLException refused = assertThrows(SQLException.class, () -> DatabaseKind.of(url));
        assertTrue(refused.getMessage().contains("imprimatur.db.url"), refused.getMessage());
    }
}
