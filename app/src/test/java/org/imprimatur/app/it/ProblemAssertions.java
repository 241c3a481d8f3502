package org.imprimatur.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.imprimatur.app.it.Api.Answer;

/** What every refusal of the API must be: an RFC 9457 problem of the expected status and type, saying why. */
final class ProblemAssertions {

    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemAssertions() {
    }

    /** @param kind the problem type after {@code urn:imprimatur:problem:}, or {@code null} for any */
    static void assertProblem(Answer answer, int status, String kind) {
        assertEquals(status, answer.status(), answer.raw().body());
        assertTrue(answer.contentType().startsWith(PROBLEM_JSON), "problem+json, not " + answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        if (kind != null) {
            assertEquals("urn:imprimatur:problem:" + kind, problem.getString("type"), problem.toString());
        }
    }
}
