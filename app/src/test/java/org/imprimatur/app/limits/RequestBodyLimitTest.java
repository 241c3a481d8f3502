package org.imprimatur.app.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    @Test
    void jsonAndItsStructuredSuffixesAreLimitedFilesAreNot() {
        assertTrue(RequestBodyLimit.isJson("application/json"));
        assertTrue(RequestBodyLimit.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(RequestBodyLimit.isJson("application/merge-patch+json"));
        assertFalse(RequestBodyLimit.isJson("multipart/form-data; boundary=x"));
        assertFalse(RequestBodyLimit.isJson(null));
    }
}
