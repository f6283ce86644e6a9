package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import org.junit.jupiter.api.Test;

/** Messages to one conversation: 60 a minute by default; the 61st gets a 429 problem with Retry-After. */
class MessageRateLimitIT {

    private final ServerClient client = new ServerClient();

    @Test
    void the_sixty_first_message_in_a_minute_is_a_429_with_retry_after() {
        String id = client.startHello();
        for (int i = 1; i <= 60; i++) {
            Reply reply = client.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");
            assertEquals(200, reply.status(), "message " + i + ": " + reply.body());
        }

        Reply limited = client.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");

        assertEquals(429, limited.status(), limited.body());
        assertTrue(limited.contentType().startsWith("application/problem+json"), limited.contentType());
        assertTrue(limited.retryAfter() >= 1, "Retry-After: " + limited.retryAfter());
        String another = client.startHello();
        assertEquals(200, client.postJson("/api/conversations/" + another + "/messages", "{\"content\":\"Ana\"}").status(),
                "another conversation has its own budget");
    }
}
