package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.DeliveryStatus;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;
import org.botserver.domain.conversation.ConversationId;
import org.junit.jupiter.api.Test;

/** What every ChannelStore adapter promises; each adapter's test extends this with its own store. */
public abstract class ChannelStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract ChannelStore store();

    /** Ids unique per test run, so adapters sharing a database across tests do not see each other's rows. */
    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final BotId bot = new BotId("bot-" + unique);

    private ChannelAddress address(Channel channel, String user) {
        return new ChannelAddress(bot, channel, user + unique);
    }

    private ChannelUpdate update(Channel channel, String deliveryId) {
        return new ChannelUpdate(address(channel, "u"), deliveryId + unique, new InboundMessage.Text("hi"));
    }

    @Test
    void a_delivery_is_first_only_once() {
        assertTrue(store().takeDelivery(update(Channel.WHATSAPP, "wamid.1"), T0));
        assertFalse(store().takeDelivery(update(Channel.WHATSAPP, "wamid.1"), T0.plusSeconds(5)));
    }

    @Test
    void the_same_delivery_id_on_another_channel_is_another_delivery() {
        assertTrue(store().takeDelivery(update(Channel.WHATSAPP, "7"), T0));
        assertTrue(store().takeDelivery(update(Channel.TELEGRAM, "7"), T0));
    }

    @Test
    void deliveries_older_than_the_cutoff_are_forgotten_and_newer_ones_kept() {
        Instant weekAgo = T0.minus(Duration.ofDays(8));
        store().takeDelivery(update(Channel.WHATSAPP, "old"), weekAgo);
        store().takeDelivery(update(Channel.WHATSAPP, "new"), T0);

        assertTrue(store().forgetDeliveriesBefore(T0.minus(Duration.ofDays(7))) >= 1);
        assertTrue(store().takeDelivery(update(Channel.WHATSAPP, "old"), T0), "a forgotten delivery is new again");
        assertFalse(store().takeDelivery(update(Channel.WHATSAPP, "new"), T0), "a recent delivery is still taken");
    }

    @Test
    void an_unanswered_update_is_reclaimed_once_its_claim_is_stale_with_every_kind_of_message_intact() {
        List<InboundMessage> messages = List.of(new InboundMessage.Text("héllo \"quoted\"\n"),
                new InboundMessage.ChoiceReply("pro", "Pro plan"),
                new InboundMessage.MediaReference(Channel.WHATSAPP, MediaKind.DOCUMENT, "m-1", Optional.of("application/pdf"),
                        Optional.empty()),
                new InboundMessage.SharedLocation(-23.5505, -46.63330000000001, Optional.of("Sé")),
                new InboundMessage.SharedContact("", Optional.of("+5511999")));
        List<ChannelUpdate> taken = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            ChannelUpdate update = new ChannelUpdate(address(Channel.WHATSAPP, "u"), "m" + i + unique, messages.get(i));
            store().takeDelivery(update, T0.plusSeconds(i));
            taken.add(update);
        }

        assertEquals(List.of(), mine(store().reclaimUnanswered(T0, 3, T0.plusSeconds(60))), "no claim is stale yet");
        assertEquals(taken, mine(store().reclaimUnanswered(T0.plusSeconds(120), 3, T0.plusSeconds(130))));
    }

    @Test
    void a_reclaimed_update_is_claimed_anew_and_answered_ones_are_never_reclaimed() {
        ChannelUpdate answered = update(Channel.TELEGRAM, "1");
        ChannelUpdate unanswered = update(Channel.TELEGRAM, "2");
        store().takeDelivery(answered, T0);
        store().takeDelivery(unanswered, T0);
        store().answered(answered, T0.plusSeconds(1));

        assertEquals(List.of(unanswered), mine(store().reclaimUnanswered(T0.plusSeconds(120), 3, T0.plusSeconds(120))));
        assertEquals(List.of(), mine(store().reclaimUnanswered(T0.plusSeconds(60), 3, T0.plusSeconds(180))),
                "the new claim is not stale yet");
        assertFalse(store().takeDelivery(unanswered, T0.plusSeconds(122)), "a reclaimed update is still a duplicate");
    }

    @Test
    void an_update_claimed_too_often_is_given_up() {
        ChannelUpdate update = update(Channel.WHATSAPP, "poison");
        store().takeDelivery(update, T0);

        assertEquals(List.of(update), mine(store().reclaimUnanswered(T0.plusSeconds(10), 2, T0.plusSeconds(10))));
        assertEquals(List.of(), mine(store().reclaimUnanswered(T0.plusSeconds(20), 2, T0.plusSeconds(20))));
    }

    /** This test's updates among those reclaimed: other tests' rows may share the database. */
    private List<ChannelUpdate> mine(List<ChannelUpdate> reclaimed) {
        return reclaimed.stream().filter(u -> u.from().botId().equals(bot)).toList();
    }

    @Test
    void files_received_before_the_cutoff_are_forgotten_and_newer_ones_kept() {
        ReceivedMedia photo = new ReceivedMedia(MediaKind.IMAGE, "image/jpeg", Optional.empty(), new byte[] {1});
        String old = store().keepMedia(address(Channel.WHATSAPP, "u"), photo, T0.minus(Duration.ofDays(40)));
        String recent = store().keepMedia(address(Channel.WHATSAPP, "u"), photo, T0);

        assertTrue(store().forgetMediaBefore(T0.minus(Duration.ofDays(30))) >= 1);
        assertFalse(store().media(address(Channel.WHATSAPP, "u").botId(), old).isPresent(), "an old file is forgotten");
        assertTrue(store().media(address(Channel.WHATSAPP, "u").botId(), recent).isPresent(), "a recent file is kept");
    }

    @Test
    void a_kept_file_is_found_by_its_reference_for_its_bot_only() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        String reference = store().keepMedia(address(Channel.WHATSAPP, "u"),
                new ReceivedMedia(MediaKind.IMAGE, "image/jpeg", Optional.of("cat.jpg"), bytes), T0);

        ReceivedMedia found = store().media(bot, reference).orElseThrow();
        assertTrue(reference.startsWith("media:"), reference);
        assertEquals(List.of(MediaKind.IMAGE, "image/jpeg", Optional.of("cat.jpg")), List.of(found.kind(), found.mimeType(), found.fileName()));
        assertArrayEquals(bytes, found.content());
        assertEquals(Optional.empty(), store().media(new BotId("other-" + unique), reference));
        assertEquals(Optional.empty(), store().media(bot, "media:" + UUID.randomUUID()));
        assertEquals(Optional.empty(), store().media(bot, "not-a-reference"));
    }

    @Test
    void a_linked_user_is_found_in_their_conversation_and_a_new_link_replaces_it() {
        ChannelAddress ana = address(Channel.TELEGRAM, "42");
        ConversationId first = ConversationId.random();
        ConversationId second = ConversationId.random();

        assertEquals(Optional.empty(), store().conversationOf(ana));
        store().link(ana, first, T0);
        assertEquals(Optional.of(first), store().conversationOf(ana));
        store().link(ana, second, T0.plusSeconds(60));
        assertEquals(Optional.of(second), store().conversationOf(ana));
    }

    @Test
    void a_recipient_is_found_on_the_channel_they_wrote_on_last() {
        ChannelAddress onWhatsApp = address(Channel.WHATSAPP, "5511");
        ChannelAddress onTelegram = address(Channel.TELEGRAM, "5511");
        store().link(onWhatsApp, ConversationId.random(), T0);
        store().link(onTelegram, ConversationId.random(), T0.plusSeconds(1));

        assertEquals(Optional.of(onTelegram), store().findRecipient(bot, "5511" + unique));
        assertEquals(Optional.empty(), store().findRecipient(bot, "unknown" + unique));
    }

    @Test
    void the_latest_status_of_a_sent_message_is_kept() {
        String id = "wamid.out" + unique;
        store().recordStatus(new DeliveryStatus(Channel.WHATSAPP, id, "5511", "sent", T0));
        store().recordStatus(new DeliveryStatus(Channel.WHATSAPP, id, "5511", "read", T0.plusSeconds(9)));
        store().recordStatus(new DeliveryStatus(Channel.WHATSAPP, id, "5511", "delivered", T0.plusSeconds(4)));

        assertEquals("read", store().statusOf(Channel.WHATSAPP, id).orElseThrow().status());
    }
}
