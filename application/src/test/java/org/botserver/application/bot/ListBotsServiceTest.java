package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

class ListBotsServiceTest {

    @Test
    void the_loaded_bots_are_listed_by_id_with_their_names() {
        ListBots listBots = new ListBotsService(TestBots.catalog(
                TestBots.bot("zeta", "TALK \"z\""), TestBots.bot("hello", TestBots.HELLO)));

        assertEquals(List.of(new BotSummary(new BotId("hello"), "hello"), new BotSummary(new BotId("zeta"), "zeta")),
                listBots.list());
    }

    @Test
    void a_server_without_bots_lists_none() {
        assertEquals(List.of(), new ListBotsService(TestBots.catalog()).list());
    }
}
