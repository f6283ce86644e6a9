package org.botserver.adapter.in.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.botserver.adapter.in.channel.harness.ChannelHarness;
import org.botserver.application.channel.MediaTooLargeException;
import org.botserver.application.channel.ReceivedMedia;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.InboundMessage.MediaReference;
import org.botserver.domain.channel.MediaKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A file a Telegram user sent is fetched through getFile and the file download URL, within the size cap. */
class TelegramFileDownloadTest {

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final byte[] PDF = "%PDF-1.7 a receipt".getBytes(StandardCharsets.US_ASCII);
    private final ChannelHarness harness = new ChannelHarness();
    private final TelegramFileDownload download;

    TelegramFileDownloadTest() {
        harness.settingValues.put("hello.telegram-bot-token", "123:ABC");
        download = new TelegramFileDownload(URI.create(telegram.baseUrl()), harness.settings, harness.client);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void getFileSays(String result) {
        telegram.stubFor(post(urlEqualTo("/bot123:ABC/getFile")).withRequestBody(equalToJson("{\"file_id\":\"BQACAgIAAxkBAAIB\"}"))
                .willReturn(okJson("{\"ok\":true,\"result\":" + result + "}")));
        telegram.stubFor(get(urlEqualTo("/file/bot123:ABC/documents/file_12.pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody(PDF)));
    }

    private ReceivedMedia fetch(long maxBytes) throws Exception {
        MediaReference document = new MediaReference(Channel.TELEGRAM, MediaKind.DOCUMENT, "BQACAgIAAxkBAAIB",
                Optional.of("application/pdf"), Optional.empty());
        return download.download(new BotId("hello"), document, maxBytes).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void the_file_path_comes_from_get_file_and_the_bytes_from_the_file_url() throws Exception {
        getFileSays("""
                {"file_id":"BQACAgIAAxkBAAIB","file_unique_id":"AgADBQ","file_size":%d,"file_path":"documents/file_12.pdf"}"""
                .formatted(PDF.length));

        ReceivedMedia media = fetch(1024);

        assertArrayEquals(PDF, media.content());
        assertEquals(Optional.of("file_12.pdf"), media.fileName());
        assertEquals("application/pdf", media.mimeType());
    }

    @Test
    void a_file_declared_larger_than_the_cap_is_not_downloaded() {
        getFileSays("""
                {"file_id":"BQACAgIAAxkBAAIB","file_unique_id":"AgADBQ","file_size":5000000,"file_path":"documents/file_12.pdf"}""");

        ExecutionException failed = assertThrows(ExecutionException.class, () -> fetch(1024));

        assertInstanceOf(MediaTooLargeException.class, failed.getCause());
        telegram.verify(0, getRequestedFor(urlEqualTo("/file/bot123:ABC/documents/file_12.pdf")));
    }

    @Test
    void a_file_telegram_will_not_serve_is_too_large() {
        getFileSays("{\"file_id\":\"BQACAgIAAxkBAAIB\",\"file_unique_id\":\"AgADBQ\",\"file_size\":900}");

        ExecutionException failed = assertThrows(ExecutionException.class, () -> fetch(16L * 1024 * 1024));

        assertInstanceOf(MediaTooLargeException.class, failed.getCause());
    }
}
