package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

class InspectBotServiceTest {

    private final BotsFixture fixture = new BotsFixture();

    InspectBotServiceTest() {
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK 1")
                .put("shop", "shop.gbdialog/order.bas", "PARAM item AS STRING\nDESCRIPTION \"Orders an item\"\nTALK item")
                .put("shop", "shop.gbkb/faq/a.md", "A").put("shop", "shop.gbkb/manuals/b.pdf", "B")
                .put("shop", "shop.gbot/config.csv", """
                        bot-name,Shop
                        llm-model,small
                        llm-key,sk-live-123
                        smtp-password,hunter2
                        telegram-bot-token,123:abc
                        webhook-secret,psst
                        """);
        fixture.refresh.refresh();
    }

    @Test
    void the_details_show_dialogs_tools_collections_and_the_deployed_version() {
        BotDetails shop = fixture.details("shop");

        assertEquals(List.of("order", "start"), shop.dialogs());
        assertEquals(List.of(new BotDetails.Tool("order", "Orders an item")), shop.tools());
        assertEquals(List.of("faq", "manuals"), shop.knowledgeCollections());
        assertEquals(fixture.bot("shop").version(), shop.version());
        assertEquals(List.of(), shop.problems());
    }

    @Test
    void the_config_shown_leaves_every_secret_out() {
        BotDetails shop = fixture.details("shop");

        assertEquals(Map.of("bot-name", "Shop", "llm-model", "small"), shop.config());
        assertFalse(shop.toString().contains("sk-live-123"));
        assertFalse(shop.toString().contains("hunter2"));
    }

    @Test
    void an_unknown_bot_is_reported_as_unknown() {
        assertThrows(UnknownBotException.class, () -> fixture.inspect.inspect(new BotId("nobody")));
    }
}
