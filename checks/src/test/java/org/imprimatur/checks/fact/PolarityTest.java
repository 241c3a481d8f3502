package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityTest {

    private static Optional<String> contradiction(String claim, String source) {
        return Polarity.of(claim).contradiction(Polarity.of(source));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment rose to 6.4 per cent.     | Unemployment fell to 6.4 per cent.
            Prices are rising.                     | Prices are falling.
            The council approved the plan.         | The council rejected the plan.
            Sales increased last year.             | Sales decreased last year.
            The harbour will reopen in June.       | The harbour will not reopen in June.
            The mayor didn't sign the order.       | The mayor signed the order.
            The city banned cars from the centre.  | The city allowed cars in the centre.
            """)
    void oppositesContradict(String claim, String source) {
        assertTrue(contradiction(claim, source).isPresent(), claim + " / " + source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment rose to 6.4 per cent.     | Unemployment climbed to 6.4 per cent.
            The council approved the plan.         | The council passed the plan.
            Unemployment did not fall.             | Unemployment rose.
            The harbour will not reopen in June.   | The harbour won't reopen in June.
            The storm hit the coast.               | Officials said the storm hit the coast.
            """)
    void agreementsDoNot(String claim, String source) {
        assertEquals(Optional.empty(), contradiction(claim, source), claim + " / " + source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment rose to 6.4 per cent. | “fell” where the claim says “rose”
            The plan was approved.             | “rejected” where the claim says “approved”
            """)
    void theReasonNamesTheWords(String claim, String reason) {
        String source = claim.replace("rose", "fell").replace("approved", "rejected");
        assertEquals(Optional.of(reason), contradiction(claim, source));
    }
}
