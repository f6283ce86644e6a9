package org.botserver.adapter.in.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.botserver.adapter.in.channel.harness.ChannelHarness;
import org.botserver.adapter.in.channel.http.ProviderCallFailed;
import org.botserver.application.channel.MediaTooLargeException;
import org.botserver.application.channel.ReceivedMedia;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.InboundMessage.MediaReference;
import org.botserver.domain.channel.MediaKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A file a WhatsApp user sent is fetched in the Cloud API's two steps, with the bot's token, within the size cap. */
class WhatsAppMediaDownloadTest {

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private final ChannelHarness harness = new ChannelHarness();
    private final WhatsAppMediaDownload download;

    WhatsAppMediaDownloadTest() {
        WhatsAppWire.configure(harness);
        download = new WhatsAppMediaDownload(URI.create(graph.baseUrl()), harness.settings, harness.client);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void mediaEndpointSays(long declaredSize) {
        graph.stubFor(get(urlEqualTo("/v23.0/1037543291543636")).withHeader("Authorization", equalTo("Bearer EAAG-token"))
                .willReturn(okJson("""
                        {"messaging_product":"whatsapp","url":"%s/whatsapp_business/attachments/?mid=1037543291543636&ext=1",
                        "mime_type":"image/jpeg","sha256":"nrsJ7I/Qh2zHZ0h1UoqcZvFM8Jcr0NUAdL0dHhGHTck=","file_size":%d,
                        "id":"1037543291543636"}""".formatted(graph.baseUrl(), declaredSize))));
        graph.stubFor(get(urlEqualTo("/whatsapp_business/attachments/?mid=1037543291543636&ext=1"))
                .withHeader("Authorization", equalTo("Bearer EAAG-token"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));
    }

    private ReceivedMedia fetch(long maxBytes) throws Exception {
        return download.download(new BotId("hello"), image(), maxBytes).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static MediaReference image() {
        return new MediaReference(Channel.WHATSAPP, MediaKind.IMAGE, "1037543291543636", Optional.of("image/jpeg"),
                Optional.of("my cat"));
    }

    @Test
    void the_media_url_is_looked_up_and_then_fetched_with_the_bots_token() throws Exception {
        mediaEndpointSays(JPEG.length);

        ReceivedMedia media = fetch(1024);

        assertArrayEquals(JPEG, media.content());
        assertEquals("image/jpeg", media.mimeType());
        assertEquals(MediaKind.IMAGE, media.kind());
        graph.verify(1, getRequestedFor(urlEqualTo("/whatsapp_business/attachments/?mid=1037543291543636&ext=1")));
    }

    @Test
    void a_file_declared_larger_than_the_cap_is_not_downloaded() {
        mediaEndpointSays(20L * 1024 * 1024);

        ExecutionException failed = assertThrows(ExecutionException.class, () -> fetch(16L * 1024 * 1024));

        assertInstanceOf(MediaTooLargeException.class, failed.getCause());
        graph.verify(0, getRequestedFor(urlEqualTo("/whatsapp_business/attachments/?mid=1037543291543636&ext=1")));
    }

    @Test
    void a_body_larger_than_the_cap_is_cut_off_whatever_was_declared() {
        mediaEndpointSays(4);

        ExecutionException failed = assertThrows(ExecutionException.class, () -> fetch(4));

        assertInstanceOf(MediaTooLargeException.class, failed.getCause());
    }

    @Test
    void an_unknown_media_id_fails_as_a_provider_refusal() {
        graph.stubFor(get(urlEqualTo("/v23.0/1037543291543636")).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Unsupported get request.\",\"type\":\"GraphMethodException\",\"code\":100}}")));

        ExecutionException failed = assertThrows(ExecutionException.class, () -> fetch(1024));

        assertInstanceOf(ProviderCallFailed.class, failed.getCause());
    }
}
