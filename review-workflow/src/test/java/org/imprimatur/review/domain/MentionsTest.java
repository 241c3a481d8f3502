package org.imprimatur.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as an {@code @name} mention in a comment. */
class MentionsTest {

    @Test
    void namesAreFoundInOrderOnceEachInLowerCase() {
        assertEquals(List.of("bob", "rita", "dave"),
                Mentions.in("@bob please check, then @Rita; cc @dave and @BOB again"));
    }

    @Test
    void punctuationAfterANameEndsIt() {
        assertEquals(List.of("bob", "rita-k", "j.doe"),
                Mentions.in("Thanks @bob. Ask (@rita-k), or @j.doe!"));
    }

    @Test
    void userNamesMayHoldDotsHyphensUnderscoresAndDigits() {
        assertEquals(List.of("rita-2f3a9c1e", "desk_lead.2"), Mentions.in("@rita-2f3a9c1e and @desk_lead.2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"write to desk@example.org", "no one here", "a lone @ sign", "@-dash", "@.dot",
            "email@bob", "twice@@bob", "trailing_@bob"})
    void nothingElseIsAMention(String text) {
        assertEquals(List.of(), Mentions.in(text));
    }

    @Test
    void aNameLongerThanAnyUserNameMentionsNobody() {
        assertEquals(List.of(), Mentions.in("@" + "a".repeat(65)));
        assertEquals(List.of("a".repeat(64)), Mentions.in("@" + "a".repeat(64)));
    }
}
