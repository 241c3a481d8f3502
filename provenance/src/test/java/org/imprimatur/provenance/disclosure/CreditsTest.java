package org.imprimatur.provenance.disclosure;

import static org.imprimatur.provenance.disclosure.DisclosureFixtures.PRESS_RELEASE;
import static org.imprimatur.provenance.disclosure.DisclosureFixtures.WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CreditsTest {

    @Test
    void creditsASourceByItsCreditLineWithItsLicenceElseByItsTitle() {
        assertEquals(List.of("City of Riverton (CC BY 4.0)", "wire-story.txt"), Credits.lines(List.of(PRESS_RELEASE,
                WIRE)));
    }

    @Test
    void creditsTheSameLineOnce() {
        assertEquals(List.of("City of Riverton (CC BY 4.0)"), Credits.lines(List.of(PRESS_RELEASE, PRESS_RELEASE)));
    }

    @Test
    void aSourceImprimaturNeverSawIsCreditedByItsId() {
        assertEquals(List.of("press-release-1"), Credits.lines(List.of(CreditedSource.unknown("press-release-1"))));
    }

    @Test
    void theBlockHasAHeadingAndALineEachOrIsEmpty() {
        assertEquals("Sources:\nCity of Riverton (CC BY 4.0)\nwire-story.txt",
                Credits.block(Credits.lines(List.of(PRESS_RELEASE, WIRE))));
        assertEquals("", Credits.block(List.of()));
    }
}
