package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens signed by a key pair generated in the test, served as a JWKS: each accepted or refused as it should. */
class BearerTokensIT {

    private final ServerClient alice = new ServerClient().withBearer(TokenMint.token("alice", "user"));
    private final ServerClient anyone = new ServerClient();
    private String history;

    @BeforeEach
    void alice_starts_a_conversation() {
        Reply started = alice.postJson("/api/conversations/start", "{\"bot_id\":\"hello\"}");
        assertEquals(201, started.status(), started.body());
        history = "/api/conversations/" + started.json().getString("conversation_id") + "/history";
    }

    private int statusWith(String token) {
        return anyone.getWith(history, "Authorization", "Bearer " + token).status();
    }

    private static TokenMint.Claims alicesClaims(String issuer, String audience, Instant expiresAt) {
        return TokenMint.claims("alice", issuer, audience, expiresAt, "user");
    }

    private static Instant inFiveMinutes() {
        return Instant.now().plus(Duration.ofMinutes(5));
    }

    @Test
    void a_valid_token_of_the_owner_reads_the_conversation() {
        assertEquals(200, statusWith(TokenMint.token("alice", "user")));
    }

    @Test
    void no_token_at_all_is_a_401() {
        assertEquals(401, anyone.get(history).status());
    }

    @Test
    void an_expired_token_is_a_401() {
        assertEquals(401, statusWith(alicesClaims(TokenMint.ISSUER, TokenMint.AUDIENCE,
                Instant.now().minus(Duration.ofMinutes(10))).signedByTheProvider()));
    }

    @Test
    void a_token_of_another_issuer_is_a_401() {
        assertEquals(401, statusWith(alicesClaims("https://elsewhere.example", TokenMint.AUDIENCE, inFiveMinutes())
                .signedByTheProvider()));
    }

    @Test
    void a_token_for_another_audience_is_a_401() {
        assertEquals(401, statusWith(alicesClaims(TokenMint.ISSUER, "another-api", inFiveMinutes()).signedByTheProvider()));
    }

    @Test
    void a_token_signed_by_another_key_is_a_401() {
        assertEquals(401, statusWith(alicesClaims(TokenMint.ISSUER, TokenMint.AUDIENCE, inFiveMinutes()).signedByAStranger()));
    }

    @Test
    void an_unsigned_alg_none_token_is_a_401() {
        assertEquals(401, statusWith(alicesClaims(TokenMint.ISSUER, TokenMint.AUDIENCE, inFiveMinutes()).unsigned()));
    }

    @Test
    void a_valid_token_without_any_server_role_is_a_403() {
        assertEquals(403, statusWith(TokenMint.token("alice", "guest")));
    }

    @Test
    void an_admin_reads_anyones_conversation_and_another_user_sees_nothing() {
        assertEquals(200, statusWith(TokenMint.token("root", "admin")));
        assertEquals(404, statusWith(TokenMint.token("bob", "user")));
    }
}
