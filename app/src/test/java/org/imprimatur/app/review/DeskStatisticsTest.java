package org.imprimatur.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class DeskStatisticsTest {

    @Test
    void aReleaseRecordsItsLabelDecisionsTextCountsOrNothing() {
        JsonObject text = Json.createObjectBuilder().add("sentences", 4).add("aiSentences", 3).build();
        JsonObject release = Json.createObjectBuilder().add("publication", Json.createObjectBuilder()
                .add("labelDecision", Json.createObjectBuilder().add("text", text))).build();

        assertEquals(text, DeskStatistics.labelDecisionText(release));
        assertNull(DeskStatistics.labelDecisionText(Json.createObjectBuilder().add("action", "release").build()));
        assertNull(DeskStatistics.labelDecisionText(Json.createObjectBuilder().add("publication", "store").build()));
    }
}
