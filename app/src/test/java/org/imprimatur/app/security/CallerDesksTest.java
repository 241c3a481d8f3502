package org.imprimatur.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

/** A token's desks claim reads the same whichever form the token reader hands it over in. */
class CallerDesksTest {

    @Test
    void aJsonArrayClaimListsTheDesks() {
        assertEquals(Set.of("metro", "business"),
                CallerDesks.fromClaim(Json.createArrayBuilder().add("Metro").add(" business ").build()));
    }

    @Test
    void aCollectionOrASingleStringWorksToo() {
        assertEquals(Set.of("metro", "sport"), CallerDesks.fromClaim(List.of("metro", "SPORT")));
        assertEquals(Set.of("metro"), CallerDesks.fromClaim("metro"));
        assertEquals(Set.of("metro"), CallerDesks.fromClaim(Json.createValue("metro")));
    }

    @Test
    void noClaimMeansNoDeskNamedAndSoEveryDesk() {
        assertEquals(Set.of(), CallerDesks.fromClaim(null));
        assertEquals(Set.of(), CallerDesks.fromClaim(" "));
    }
}
