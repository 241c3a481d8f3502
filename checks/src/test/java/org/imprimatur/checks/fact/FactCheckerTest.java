package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.nlp.SentenceEmbedder;
import org.imprimatur.spi.check.Evidence;
import org.imprimatur.spi.check.Severity;
import org.imprimatur.spi.check.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Claims about a storm and a harbour, against a press release and an agency report ({@link NewsSources}), with the
 * real embedder and passage index.
 */
class FactCheckerTest {

    private static SentenceEmbedder embedder;
    private static PassageIndex sources;
    private static final FactChecker CHECKER = FactChecker.shared();

    @BeforeAll
    static void index() {
        embedder = SentenceEmbedder.load();
        sources = NewsSources.index(NewsSources.texts(), embedder);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static ClaimAssessment assess(String claim) {
        return CHECKER.assess(claim, sources);
    }

    private static void assertSupported(String claim) {
        ClaimAssessment assessment = assess(claim);
        assertEquals(Verdict.SUPPORTED, assessment.verdict(), () -> claim + " → " + assessment);
        assertEquals(Severity.NONE, assessment.severity());
        assertFalse(assessment.evidence().isEmpty(), "a supported claim shows its evidence");
        assertTrue(assessment.supportProbability() >= 0.5, () -> "support " + assessment.supportProbability());
    }

    private static ClaimAssessment assertContradicted(String claim, String category, Severity severity) {
        ClaimAssessment assessment = assess(claim);
        assertEquals(Verdict.CONTRADICTED, assessment.verdict(), () -> claim + " → " + assessment);
        assertEquals(category, assessment.category(), () -> claim + " → " + assessment);
        assertEquals(severity, assessment.severity(), () -> claim + " → " + assessment);
        assertTrue(assessment.supportProbability() < 0.5, () -> "support " + assessment.supportProbability());
        assertFalse(assessment.evidence().isEmpty(), "a contradiction shows the passage that contradicts");
        return assessment;
    }

    private static ClaimAssessment assertUnverifiable(String claim, String category, Severity severity) {
        ClaimAssessment assessment = assess(claim);
        assertEquals(Verdict.UNVERIFIABLE, assessment.verdict(), () -> claim + " → " + assessment);
        assertEquals(category, assessment.category(), () -> claim + " → " + assessment);
        assertEquals(severity, assessment.severity(), () -> claim + " → " + assessment);
        return assessment;
    }

    @Nested
    class Numbers {

        @Test
        void theSameNumberInOtherWordsIsSupported() {
            assertSupported("The port authority expects 1,200,000 visitors next year.");
            assertSupported("The port authority expects 1.2m visitors next year.");
        }

        @Test
        void aChangedNumberIsContradicted() {
            ClaimAssessment assessment = assertContradicted(
                    "The port authority expects 1.5 million visitors next year.", "number", Severity.HIGH);
            assertTrue(assessment.reason().contains("1.2 million"), assessment.reason());
            assertTrue(assessment.evidence().get(0).excerpt().contains("1.2 million visitors"));
        }

        @Test
        void aChangedVoteCountIsContradicted() {
            assertContradicted("The council approved the plan by 35 votes to 12.", "number", Severity.HIGH);
        }

        @Test
        void aNumberNoSourceStatesIsUnverifiable() {
            assertUnverifiable("The storm destroyed 240 homes and killed 17 people.", "number", Severity.MEDIUM);
        }
    }

    @Nested
    class Percentages {

        @Test
        void perCentAndThePercentSignAreTheSame() {
            assertSupported("Unemployment in the city fell to 6.4% in March 2024.");
        }

        @Test
        void aThirdIsAboutThirtyThreePerCent() {
            assertSupported("Roughly 33 percent of the fishing fleet was damaged in the storm.");
        }

        @Test
        void aChangedPercentageIsContradicted() {
            assertContradicted("Unemployment in the city fell to 7.4 per cent in March 2024.", "number", Severity.HIGH);
            assertContradicted("Half of the fishing fleet was damaged in the storm.", "number", Severity.HIGH);
        }
    }

    @Nested
    class MoneyAndUnits {

        @Test
        void theCurrencyMayBeWrittenAfterTheAmount() {
            assertSupported("The city will spend 48.2 million euros on rebuilding the harbour.");
        }

        @Test
        void anotherCurrencyIsContradicted() {
            assertContradicted("The city will spend $48.2 million on rebuilding the harbour.", "number", Severity.HIGH);
        }

        @Test
        void anotherAmountIsContradicted() {
            assertContradicted("The city will spend €84.2 million on rebuilding the harbour.", "number", Severity.HIGH);
        }
    }

    @Nested
    class Dates {

        @Test
        void aDateWrittenAnotherWayIsSupported() {
            assertSupported("The storm struck the coast on March 3rd, destroying 240 homes.");
        }

        @Test
        void anotherWeekdayIsContradicted() {
            ClaimAssessment assessment = assertContradicted(
                    "Mayor Amara Okafor announced on Wednesday that the city will spend €48.2 million on the harbour.",
                    "date", Severity.MEDIUM);
            assertTrue(assessment.reason().contains("Tuesday"), assessment.reason());
        }

        @Test
        void anotherDayOfTheMonthIsContradicted() {
            assertContradicted("The storm struck the coast on 5 March, destroying 240 homes.", "date", Severity.MEDIUM);
        }
    }

    @Nested
    class Names {

        @Test
        void thePersonTheSourcesNameIsSupported() {
            assertSupported("Mayor Okafor announced on Tuesday that the city will spend €48.2 million on the harbour.");
        }

        @Test
        void aSwappedPersonIsContradicted() {
            ClaimAssessment assessment = assertContradicted(
                    "Mayor Ngozi Eze announced on Tuesday that the city will spend €48.2 million on the harbour.",
                    "name", Severity.HIGH);
            assertTrue(assessment.reason().contains("Okafor"), assessment.reason());
        }

        @Test
        void aSwappedOrganisationIsContradicted() {
            assertContradicted("The engineering firm Mensah Construction won the contract for the sea wall.",
                    "name", Severity.HIGH);
        }
    }

    @Nested
    class NegationAndAntonyms {

        @Test
        void anAntonymIsContradicted() {
            assertContradicted("Unemployment in the city rose to 6.4 per cent in March 2024.", "negation",
                    Severity.MEDIUM);
            assertContradicted("The council rejected the plan by 31 votes to 12.", "negation", Severity.MEDIUM);
        }

        @Test
        void aDroppedNegationIsContradicted() {
            assertContradicted("The harbour will reopen before June, officials said.", "negation", Severity.MEDIUM);
        }

        @Test
        void aNegationTheSourceSharesIsSupported() {
            assertSupported("Officials said the harbour would not reopen before June.");
        }
    }

    @Nested
    class Quotes {

        @Test
        void aNegationInsideAQuotationIsReadTheSameInTheClaimAndInTheSource() {
            ClaimAssessment assessment = assess("\"The harbour will reopen, and no library will close.\"");
            assertEquals(Verdict.SUPPORTED, assessment.verdict(), assessment::toString);
            assertEquals("\"The harbour will reopen, and no library will close.\"",
                    assessment.evidence().get(0).excerpt());
        }

        @Test
        void aVerbatimQuotationWithItsSpeakerIsSupported() {
            ClaimAssessment assessment = assess("\"We will rebuild the harbour stone by stone,\" said Mayor Okafor.");
            assertEquals(Verdict.SUPPORTED, assessment.verdict(), assessment::toString);
            assertEquals("quote", assessment.category());
            assertTrue(assessment.evidence().stream().map(Evidence::excerpt)
                    .anyMatch(excerpt -> excerpt.contains("stone by stone")));
        }

        @Test
        void curlyQuotesAndACapitalisedFirstWordAreStillVerbatim() {
            assertSupported("Okafor said: “We will rebuild the harbour stone by stone.”");
        }

        @Test
        void oneChangedWordIsContradictedWithHighSeverity() {
            ClaimAssessment assessment = assertContradicted(
                    "\"We will rebuild the port stone by stone,\" said Mayor Okafor.", "quote", Severity.HIGH);
            assertTrue(assessment.reason().contains("We will rebuild the harbour stone by stone"), assessment.reason());
        }

        @Test
        void theRightWordsFromTheWrongSpeakerAreContradicted() {
            ClaimAssessment assessment = assertContradicted(
                    "\"The sea does not wait for committees,\" said Mayor Okafor.", "quote", Severity.HIGH);
            assertTrue(assessment.reason().contains("Bello"), assessment.reason());
        }

        @Test
        void aQuotationNoSourceHoldsIsUnverifiableWithHighSeverity() {
            assertUnverifiable("\"We have never been stronger as a city,\" said Mayor Okafor.", "quote", Severity.HIGH);
        }
    }

    @Test
    void anUnrelatedClaimIsUnverifiable() {
        ClaimAssessment assessment = assess("The national football team won its third match in a row.");
        assertEquals(Verdict.UNVERIFIABLE, assessment.verdict(), assessment::toString);
        assertTrue(assessment.supportProbability() < 0.5);
    }

    @Test
    void aParaphraseOfASourceSentenceIsSupported() {
        assertSupported("People living there were moved out after the river overflowed its banks.");
    }
}
