package org.imprimatur.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthModeTest {

    @Test
    void theModesAreNamedAsTheConfigurationSaysThem() {
        assertEquals(AuthMode.LOCAL, AuthMode.of("local"));
        assertEquals(AuthMode.KEYCLOAK, AuthMode.of(" Keycloak "));
    }

    @Test
    void anUnknownModeIsRefusedNamingTheSetting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> AuthMode.of("ldap"));
        assertTrue(refused.getMessage().contains("imprimatur.auth.mode"), refused.getMessage());
    }

    @Test
    void eachModeAsksForItsOwnCredentials() {
        assertTrue(AuthMode.LOCAL.challenge().startsWith("Basic "));
        assertTrue(AuthMode.KEYCLOAK.challenge().startsWith("Bearer "));
    }
}
