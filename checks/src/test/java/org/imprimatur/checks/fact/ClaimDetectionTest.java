package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which sentences of a text {@link FactChecker#claims} reports, of what kinds, and where. */
class ClaimDetectionTest {

    private static final FactChecker CHECKER = FactChecker.shared();

    private static Set<ClaimKind> kinds(String sentence) {
        List<Claim> claims = CHECKER.claims(sentence);
        assertEquals(1, claims.size(), () -> sentence + " → " + claims);
        return claims.get(0).kinds();
    }

    @Test
    void aClaimIsOfTheKindsItStates() {
        assertTrue(kinds("The city will spend €48.2 million on the harbour.").contains(ClaimKind.NUMBER));
        assertTrue(kinds("The storm struck the coast on 3 March.").contains(ClaimKind.DATE));
        assertTrue(kinds("The contract went to the engineering firm Adeyemi & Partners.").contains(ClaimKind.NAME));
        assertTrue(kinds("\"We will rebuild the harbour,\" she said.").contains(ClaimKind.QUOTE));
        assertTrue(kinds("Unemployment is higher than at any time in a decade.").contains(ClaimKind.COMPARISON));
        assertTrue(kinds("Residents were evacuated because the river burst its banks.").contains(ClaimKind.CAUSAL));
    }

    @Test
    void questionsHeadlinesAndBareOpinionsAreNotClaims() {
        String text = """
                Storm damage: the full picture

                Will the harbour reopen before June? I think Mayor Okafor should resign. \
                It was a beautiful morning on the coast.
                """;
        assertEquals(List.of(), CHECKER.claims(text));
    }

    @Test
    void anOpinionThatStatesANumberIsStillAClaim() {
        assertEquals(1, CHECKER.claims("I think the 240 lost homes should be rebuilt first.").size());
    }

    @Test
    void spansPointAtTheClaimsInTheText() {
        String text = """
                Harbour plan

                Mayor Amara Okafor announced on Tuesday that the city will spend €48.2 million. What next? \
                The council approved the plan by 31 votes to 12.
                """;
        List<Claim> claims = CHECKER.claims(text);
        assertEquals(List.of("Mayor Amara Okafor announced on Tuesday that the city will spend €48.2 million.",
                "The council approved the plan by 31 votes to 12."), claims.stream().map(Claim::text).toList());
        claims.forEach(claim -> assertEquals(claim.text(), claim.span().of(text)));
    }

    @Test
    void aQuotationRunningAcrossSentencesIsOneClaim() {
        String text = "\"We will rebuild. We will not give up,\" said Okafor. The council met on Monday.";
        List<Claim> claims = CHECKER.claims(text);
        assertEquals("\"We will rebuild. We will not give up,\" said Okafor.", claims.get(0).text());
        assertEquals(2, claims.size());
    }
}
