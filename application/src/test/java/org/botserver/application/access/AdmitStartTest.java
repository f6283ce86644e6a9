package org.botserver.application.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.junit.jupiter.api.Test;

/** Anonymous web clients may start conversations with public bots only; signed-in members with any bot. */
class AdmitStartTest {

    private static final LoadedBots BOTS = TestBots.catalog(
            TestBots.bot("open", "TALK 1", Map.of("public", "true")),
            TestBots.bot("closed", "TALK 1", Map.of("public", "false")),
            TestBots.bot("plain", "TALK 1"));

    private static final Caller ANONYMOUS = new Caller.Nobody();
    private static final Caller MEMBER = new Caller.Member("ana", Set.of("user"));

    @Test
    void an_anonymous_client_may_start_with_a_public_bot_only() {
        AdmitStart admit = new AdmitStartService(BOTS, true);

        assertDoesNotThrow(() -> admit.admit(ANONYMOUS, "open"));
        MissingCredentialsException refused = assertThrows(MissingCredentialsException.class,
                () -> admit.admit(ANONYMOUS, "closed"));
        assertTrue(refused.getMessage().contains("not public"), refused.getMessage());
    }

    @Test
    void a_bot_that_does_not_say_follows_the_servers_default() {
        assertDoesNotThrow(() -> new AdmitStartService(BOTS, true).admit(ANONYMOUS, "plain"));
        assertThrows(MissingCredentialsException.class, () -> new AdmitStartService(BOTS, false).admit(ANONYMOUS, "plain"));
    }

    @Test
    void a_signed_in_member_may_start_with_any_bot() {
        assertDoesNotThrow(() -> new AdmitStartService(BOTS, false).admit(MEMBER, "closed"));
    }

    @Test
    void an_unknown_or_malformed_bot_is_left_to_the_start_which_answers_it_as_unknown() {
        AdmitStart admit = new AdmitStartService(BOTS, false);

        assertDoesNotThrow(() -> admit.admit(ANONYMOUS, "nobody"));
        assertDoesNotThrow(() -> admit.admit(ANONYMOUS, "Not a bot!"));
        assertDoesNotThrow(() -> admit.admit(ANONYMOUS, null));
    }
}
