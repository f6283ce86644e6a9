package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListBotsServiceTest {

    @Test
    void a_server_without_bots_lists_none() {
        assertEquals(List.of(), new ListBotsService(new LoadedBots(List.of(), List.of())).list());
    }
}
