package org.imprimatur.checks.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static Quantity only(String text) {
        List<Quantity> found = Quantities.of(text);
        assertEquals(1, found.size(), () -> text + " → " + found);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The port expects 1.2 million visitors.  | The port expects 1,200,000 visitors.
            The port expects 1.2 million visitors.  | The port expects 1,193,000 visitors.
            The city will spend €48.2 million.      | The city will spend 48.2 million euros.
            The city will spend £3bn.               | The city will spend 3 billion pounds.
            The deal is worth $5m.                  | The deal is worth US$5,000,000.
            Unemployment fell to 6.4 per cent.      | Unemployment fell to 6.4%.
            About a third of the fleet was damaged. | Some 33% of the fleet was damaged.
            Half of the voters stayed home.         | 50 percent of the voters stayed home.
            Twenty-five people were hurt.           | 25 people were hurt.
            More than 200 homes were lost.          | 213 homes were lost.
            """)
    void theSameNumberWrittenTwoWaysAgrees(String claim, String source) {
        assertTrue(only(claim).agreesWith(only(source)), claim + " / " + source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The port expects 1.2 million visitors. | The port expects 1.5 million visitors.
            The port expects 1.2 million visitors. | The port expects 12 million visitors.
            The city will spend €48.2 million.     | The city will spend $48.2 million.
            Unemployment fell to 6.4 per cent.     | Unemployment fell to 7.4 per cent.
            A third of the fleet was damaged.      | Half of the fleet was damaged.
            The wall is 5 km long.                 | The wall is 5 miles long.
            """)
    void differentNumbersDisagree(String claim, String source) {
        assertFalse(only(claim).agreesWith(only(source)), claim + " / " + source);
    }

    @Test
    void aPlainNumberAgreesWithTheSameAmountOfMoney() {
        assertTrue(only("It will cost 48.2 million.").agreesWith(only("It will cost €48.2 million.")));
        assertTrue(only("It will cost €48.2 million.").comparableWith(only("It will cost $50 million.")));
    }

    @Test
    void theToleranceFollowsTheStatedPrecision() {
        assertEquals(50_000, only("1.2 million visitors").tolerance(), 1e-6);
        assertEquals(0.5, only("31 votes").tolerance(), 1e-9);
        assertEquals(20, only("about 200 homes").tolerance(), 1e-9);
    }

    @Test
    void yearsDatesOrdinalsTimesAndRangeEndsAreNotQuantities() {
        assertEquals(List.of(), Quantities.of("In 2024 the storm struck on 3 March at 10:30."));
        assertEquals(List.of(), Quantities.of("She was his third cousin and came 21st."));
        assertEquals(List.of(), Quantities.of("One of the boats sank."));
        assertEquals(1, Quantities.of("United won 5–4.").size(), "the score's second half is left alone");
    }

    @Test
    void spansPointAtTheNumber() {
        String text = "The city will spend €48.2 million on the harbour.";
        Quantity quantity = only(text);
        assertTrue(quantity.span().of(text).startsWith("48.2 million"), quantity.span().of(text));
        assertEquals(Quantity.Measure.MONEY, quantity.measure());
        assertEquals("EUR", quantity.unit());
        assertEquals(48_200_000, quantity.value(), 1e-6);
    }
}
