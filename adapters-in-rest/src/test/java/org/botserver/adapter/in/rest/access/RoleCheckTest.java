package org.botserver.adapter.in.rest.access;

import static org.botserver.adapter.in.rest.access.RoleCheck.Verdict.ALLOWED;
import static org.botserver.adapter.in.rest.access.RoleCheck.Verdict.ROLE_MISSING;
import static org.botserver.adapter.in.rest.access.RoleCheck.Verdict.TOKEN_REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    private static final List<String> DEPLOYERS = List.of("admin", "bot-author");

    @Test
    void a_caller_without_a_token_must_send_one() {
        assertEquals(TOKEN_REQUIRED, RoleCheck.decide(DEPLOYERS, false, role -> true));
    }

    @Test
    void a_token_with_one_of_the_roles_is_let_in() {
        assertEquals(ALLOWED, RoleCheck.decide(DEPLOYERS, true, Set.of("user", "bot-author")::contains));
        assertEquals(ALLOWED, RoleCheck.decide(DEPLOYERS, true, Set.of("admin")::contains));
    }

    @Test
    void a_token_with_none_of_the_roles_is_forbidden() {
        assertEquals(ROLE_MISSING, RoleCheck.decide(DEPLOYERS, true, Set.of("user")::contains));
        assertEquals(ROLE_MISSING, RoleCheck.decide(List.of("admin"), true, Set.of("bot-author")::contains));
    }
}
