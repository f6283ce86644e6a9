package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient.Reply;
import org.junit.jupiter.api.Test;

/** MicroProfile Health reports the database and the bots; MicroProfile OpenAPI documents the REST API. */
class HealthAndOpenApiIT {

    private final ServerClient server = new ServerClient();

    @Test
    void readiness_checks_the_database() {
        Reply ready = server.get("/health/ready");

        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().getString("status"));
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    @Test
    void liveness_and_overall_health_are_up() {
        assertEquals(200, server.get("/health/live").status());
        Reply health = server.get("/health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"bots\""), health.body());
    }

    @Test
    void the_openapi_document_describes_every_endpoint_with_snake_case_fields() {
        Reply openapi = server.get("/openapi");

        assertEquals(200, openapi.status());
        for (String expected : new String[] {"/api/bots", "/api/conversations/start", "/api/conversations/{id}/messages",
                "/api/conversations/{id}/history", "bot_id", "conversation_id", "has_more", "Problem"}) {
            assertTrue(openapi.body().contains(expected), "openapi lacks " + expected);
        }
    }
}
