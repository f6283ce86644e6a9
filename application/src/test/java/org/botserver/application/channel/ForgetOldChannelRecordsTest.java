package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;
import org.junit.jupiter.api.Test;

/** Taken deliveries and received files are forgotten once older than their retentions, so neither record grows. */
class ForgetOldChannelRecordsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final InMemoryChannelStore store = new InMemoryChannelStore();
    private final ForgetOldChannelRecords forget = new ForgetOldChannelRecordsService(store, Duration.ofDays(7),
            Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_delivery_older_than_the_retention_is_forgotten_and_a_younger_one_kept() {
        store.takeDelivery(delivery("wamid.old"), NOW.minus(Duration.ofDays(7)).minusSeconds(1));
        store.takeDelivery(delivery("wamid.young"), NOW.minus(Duration.ofDays(6)));

        assertEquals(new ForgetOldChannelRecords.Forgotten(1, 0), forget.forget());
        assertEquals(true, store.takeDelivery(delivery("wamid.old"), NOW));
        assertEquals(false, store.takeDelivery(delivery("wamid.young"), NOW));
    }

    @Test
    void a_file_older_than_its_retention_is_forgotten_and_a_younger_one_kept() {
        ChannelAddress from = new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, "5511");
        String old = store.keepMedia(from, photo(), NOW.minus(Duration.ofDays(31)));
        String young = store.keepMedia(from, photo(), NOW.minus(Duration.ofDays(29)));

        assertEquals(new ForgetOldChannelRecords.Forgotten(0, 1), forget.forget());
        assertEquals(Optional.empty(), store.media(new BotId("hello"), old));
        assertEquals(true, store.media(new BotId("hello"), young).isPresent());
    }

    @Test
    void nothing_to_forget_forgets_nothing() {
        assertEquals(new ForgetOldChannelRecords.Forgotten(0, 0), forget.forget());
    }

    @Test
    void a_retention_of_zero_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ForgetOldChannelRecordsService(store, Duration.ZERO,
                Duration.ofDays(30), Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new ForgetOldChannelRecordsService(store, Duration.ofDays(7),
                Duration.ofDays(-1), Clock.systemUTC()));
    }

    private static ReceivedMedia photo() {
        return new ReceivedMedia(MediaKind.IMAGE, "image/jpeg", Optional.of("cat.jpg"), new byte[] {1, 2, 3});
    }

    private static ChannelUpdate delivery(String id) {
        return new ChannelUpdate(new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, "5511"), id,
                new InboundMessage.Text("hi"));
    }
}
