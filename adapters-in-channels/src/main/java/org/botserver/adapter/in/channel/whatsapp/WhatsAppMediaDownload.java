package org.botserver.adapter.in.channel.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.botserver.adapter.in.channel.http.ApiAddress;
import org.botserver.adapter.in.channel.http.ProviderCallFailed;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.MediaDownload;
import org.botserver.application.channel.MediaTooLargeException;
import org.botserver.application.channel.ReceivedMedia;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.InboundMessage.MediaReference;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Fetches a file a WhatsApp user sent, as the Cloud API documents it: {@code GET /{version}/{media-id}} gives a
 * short-lived {@code url} (with {@code mime_type} and {@code file_size}), which is then fetched with the same
 * bearer token. The media endpoint tells no file name, so none is given.
 */
@SecondaryAdapter
public final class WhatsAppMediaDownload implements MediaDownload {

    private final ApiAddress graph;
    private final ChannelSettings settings;
    private final ProviderClient client;

    public WhatsAppMediaDownload(URI graph, ChannelSettings settings, ProviderClient client) {
        this.graph = new ApiAddress(graph, WhatsAppKeys.API_URL, settings);
        this.settings = settings;
        this.client = client;
    }

    @Override
    public CompletionStage<ReceivedMedia> download(BotId bot, MediaReference media, long maxBytes) {
        Optional<String> token = settings.get(bot, WhatsAppKeys.ACCESS_TOKEN).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return CompletableFuture.failedFuture(new ProviderCallFailed("WhatsApp is not configured for the bot " + bot
                    + ": it needs " + WhatsAppKeys.ACCESS_TOKEN + "."));
        }
        String version = settings.get(bot, WhatsAppKeys.API_VERSION).filter(v -> !v.isBlank())
                .orElse(WhatsAppKeys.DEFAULT_API_VERSION);
        URI endpoint;
        try {
            endpoint = graph.endpoint(bot, "/" + version + "/" + media.mediaId());
        } catch (ProviderCallFailed e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.call("media:" + bot.value(), authorized(endpoint, token.get()))
                .thenCompose(response -> fetch(bot, media, described(response), token.get(), maxBytes));
    }

    private CompletableFuture<ReceivedMedia> fetch(BotId bot, MediaReference media, JsonObject described, String token,
                                                   long maxBytes) {
        if (described.get("file_size") instanceof JsonNumber size && size.longValue() > maxBytes) {
            return CompletableFuture.failedFuture(new MediaTooLargeException(maxBytes));
        }
        URI url;
        try {
            url = URI.create(described.getString("url"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            return CompletableFuture.failedFuture(new ProviderCallFailed("The Graph API gave no media url for " + media.mediaId()));
        }
        String mime = described.getString("mime_type", media.mimeType().orElse(""));
        return client.download("media:" + bot.value(), authorized(url, token), maxBytes)
                .thenApply(bytes -> new ReceivedMedia(media.kind(), mime, Optional.empty(), bytes));
    }

    private static HttpRequest authorized(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
    }

    private static JsonObject described(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new ProviderCallFailed("The Graph API refused the media (" + response.statusCode() + ").");
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProviderCallFailed("The Graph API's media answer is not JSON.");
        }
    }
}
