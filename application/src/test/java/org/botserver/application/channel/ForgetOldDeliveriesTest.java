package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage;
import org.junit.jupiter.api.Test;

/** Taken deliveries are forgotten once older than the retention, so their record stops growing. */
class ForgetOldDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final InMemoryChannelStore store = new InMemoryChannelStore();
    private final ForgetOldDeliveries forget = new ForgetOldDeliveriesService(store, Duration.ofDays(7),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_delivery_older_than_the_retention_is_forgotten_and_a_younger_one_kept() {
        store.firstDelivery(delivery("wamid.old"), NOW.minus(Duration.ofDays(7)).minusSeconds(1));
        store.firstDelivery(delivery("wamid.young"), NOW.minus(Duration.ofDays(6)));

        assertEquals(1, forget.forget());
        assertEquals(true, store.firstDelivery(delivery("wamid.old"), NOW));
        assertEquals(false, store.firstDelivery(delivery("wamid.young"), NOW));
    }

    @Test
    void nothing_to_forget_forgets_nothing() {
        assertEquals(0, forget.forget());
    }

    @Test
    void a_retention_of_zero_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ForgetOldDeliveriesService(store, Duration.ZERO,
                Clock.systemUTC()));
    }

    private static ChannelUpdate delivery(String id) {
        return new ChannelUpdate(new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, "5511"), id,
                new InboundMessage.Text("hi"));
    }
}
