package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

class RemoveBotServiceTest {

    private final BotsFixture fixture = new BotsFixture();

    @Test
    void removing_a_bot_deletes_its_package_and_stops_serving_it() {
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK 1");
        fixture.refresh.refresh();

        fixture.remove.remove(new BotId("shop"));

        assertEquals(List.of(), fixture.store.packages());
        assertEquals(List.of(), fixture.bots.all());
        assertThrows(UnknownBotException.class, () -> fixture.inspect.inspect(new BotId("shop")));
    }

    @Test
    void removing_a_bot_that_does_not_exist_is_reported_as_unknown() {
        assertThrows(UnknownBotException.class, () -> fixture.remove.remove(new BotId("nobody")));
    }
}
