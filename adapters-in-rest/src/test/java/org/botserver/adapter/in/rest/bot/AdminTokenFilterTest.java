package org.botserver.adapter.in.rest.bot;

import static org.botserver.adapter.in.rest.bot.AdminTokenFilter.Access.GRANTED;
import static org.botserver.adapter.in.rest.bot.AdminTokenFilter.Access.SWITCHED_OFF;
import static org.botserver.adapter.in.rest.bot.AdminTokenFilter.Access.TOKEN_REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminTokenFilterTest {

    private static final Optional<String> TOKEN = Optional.of("s3cret-admin");

    @Test
    void without_a_configured_token_the_admin_operations_are_switched_off() {
        assertEquals(SWITCHED_OFF, AdminTokenFilter.decide(Optional.empty(), "Bearer anything"));
    }

    @Test
    void a_missing_or_wrong_token_is_refused() {
        assertEquals(TOKEN_REQUIRED, AdminTokenFilter.decide(TOKEN, null));
        assertEquals(TOKEN_REQUIRED, AdminTokenFilter.decide(TOKEN, "Bearer s3cret-admin2"));
        assertEquals(TOKEN_REQUIRED, AdminTokenFilter.decide(TOKEN, "Basic s3cret-admin"));
    }

    @Test
    void the_right_bearer_token_lets_the_request_through() {
        assertEquals(GRANTED, AdminTokenFilter.decide(TOKEN, "Bearer s3cret-admin"));
    }
}
