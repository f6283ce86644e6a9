package org.botserver.adapter.in.rest.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.botserver.application.conversation.InvalidCommandException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void absent_parameters_mean_the_defaults() {
        assertNull(QueryParams.limit(null));
        assertNull(QueryParams.instant(""));
    }

    @Test
    void well_formed_parameters_are_parsed() {
        assertEquals(20, QueryParams.limit("20"));
        assertEquals(Instant.parse("2025-03-01T10:15:30.000001Z"), QueryParams.instant("2025-03-01T10:15:30.000001Z"));
    }

    @Test
    void malformed_parameters_are_invalid_requests_not_missing_pages() {
        assertThrows(InvalidCommandException.class, () -> QueryParams.limit("ten"));
        assertThrows(InvalidCommandException.class, () -> QueryParams.instant("yesterday"));
    }
}
