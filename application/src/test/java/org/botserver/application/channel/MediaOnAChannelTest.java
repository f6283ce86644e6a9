package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.InboundMessage.MediaReference;
import org.botserver.domain.channel.InboundMessage.Text;
import org.botserver.domain.channel.MediaKind;
import org.junit.jupiter.api.Test;

/**
 * A file a user sends is fetched, kept, and heard by the dialog as a JSON description it can JSON PARSE; a file
 * over the size cap, or one the provider does not hand over, gets a plain reply and the dialog keeps waiting.
 */
class MediaOnAChannelTest {

    private static final String UPLOAD = """
            TALK "Send me your receipt."
            HEAR receipt
            file = JSON PARSE(receipt)
            TALK "Got a " + file.kind + " of " + file.size + " bytes named " + file.file_name + ": " + file.caption
            """;
    private static final byte[] PDF = "%PDF-1.7 receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final MediaDownload provider = (bot, media, maxBytes) -> switch (media.mediaId()) {
        case "doc-1" -> CompletableFuture.completedFuture(new ReceivedMedia(MediaKind.DOCUMENT, "application/pdf",
                Optional.of("receipt.pdf"), PDF));
        case "huge" -> CompletableFuture.failedFuture(new MediaTooLargeException(maxBytes));
        default -> CompletableFuture.failedFuture(new IllegalStateException("media expired"));
    };
    private final ChannelFixture channel = new ChannelFixture("upload", UPLOAD, Map.of(Channel.WHATSAPP, provider),
            16 * 1024 * 1024);
    private final ChannelAddress ana = ChannelFixture.user("upload", Channel.WHATSAPP, "5511999990000");

    @Test
    void the_dialog_hears_a_description_of_the_file_it_can_parse() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, document("doc-1", "March"));
        channel.runQueuedWork();

        assertEquals("Got a document of 16 bytes named receipt.pdf: March", channel.sentTexts().getLast());
    }

    @Test
    void the_files_bytes_are_kept_under_the_reference_the_dialog_heard() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, document("doc-1", ""));
        channel.runQueuedWork();

        String heard = channel.conversations.allMessages(channel.channels.conversationOf(ana).orElseThrow()).get(2).content();
        String reference = heard.replaceAll(".*\"media\":\"([^\"]+)\".*", "$1");
        assertArrayEquals(PDF, channel.channels.media(ana.botId(), reference).orElseThrow().content());
    }

    @Test
    void a_file_over_the_cap_is_refused_plainly_and_the_dialog_still_waits_for_it() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, document("huge", ""));
        channel.receive(ana, document("doc-1", "April"));
        channel.runQueuedWork();

        List<String> texts = channel.sentTexts();
        assertEquals("That file is too large: I can take files of up to 16 MB. Please send a smaller one.", texts.get(1));
        assertEquals("Got a document of 16 bytes named receipt.pdf: April", texts.getLast());
    }

    @Test
    void a_file_the_provider_does_not_hand_over_asks_for_it_again() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, document("expired", ""));
        channel.runQueuedWork();

        assertEquals(MediaIntake.NOT_FETCHED, channel.sentTexts().getLast());
    }

    @Test
    void on_a_channel_without_a_download_the_caption_is_heard_as_before() {
        ChannelFixture hello = new ChannelFixture("hello", TestBots.HELLO, Map.of(Channel.WHATSAPP, provider), 1024);
        ChannelAddress onTelegram = ChannelFixture.user("hello", Channel.TELEGRAM, "42");
        hello.receive(onTelegram, new Text("hi"));
        hello.receive(onTelegram, new MediaReference(Channel.TELEGRAM, MediaKind.IMAGE, "AgAD", Optional.empty(),
                Optional.of("Ana")));
        hello.runQueuedWork();

        assertEquals("Nice to meet you, Ana!", hello.sentTexts().getLast());
    }

    private static MediaReference document(String id, String caption) {
        return new MediaReference(Channel.WHATSAPP, MediaKind.DOCUMENT, id, Optional.of("application/pdf"),
                Optional.of(caption));
    }
}
