package org.botserver.adapter.in.channel.telegram;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * Fetches a file a Telegram user sent, as the Bot API documents it: {@code getFile} gives its {@code file_path}
 * and {@code file_size}, and {@code {api}/file/bot<token>/<file_path>} its bytes. The file name is the path's
 * last part.
 */
@SecondaryAdapter
public final class TelegramFileDownload implements MediaDownload {

    private final ApiAddress api;
    private final ChannelSettings settings;
    private final ProviderClient client;

    public TelegramFileDownload(URI api, ChannelSettings settings, ProviderClient client) {
        this.api = new ApiAddress(api, TelegramKeys.API_URL, settings);
        this.settings = settings;
        this.client = client;
    }

    @Override
    public CompletionStage<ReceivedMedia> download(BotId bot, MediaReference media, long maxBytes) {
        Optional<String> token = settings.get(bot, TelegramKeys.BOT_TOKEN).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return CompletableFuture.failedFuture(new ProviderCallFailed("Telegram is not configured for the bot " + bot
                    + ": it needs " + TelegramKeys.BOT_TOKEN + "."));
        }
        HttpRequest getFile;
        try {
            getFile = HttpRequest.newBuilder(api.endpoint(bot, "/bot" + token.get() + "/getFile"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("file_id", media.mediaId()).build().toString())).build();
        } catch (ProviderCallFailed e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.call("telegram:" + bot.value(), getFile)
                .thenCompose(response -> fetch(bot, token.get(), media, file(response), maxBytes));
    }

    private CompletableFuture<ReceivedMedia> fetch(BotId bot, String token, MediaReference media, JsonObject file,
                                                   long maxBytes) {
        if (file.get("file_size") instanceof JsonNumber size && size.longValue() > maxBytes) {
            return CompletableFuture.failedFuture(new MediaTooLargeException(maxBytes));
        }
        if (!(file.get("file_path") instanceof JsonString path) || path.getString().isBlank()) {
            // Telegram gives no path for files over its own 20 MB download limit.
            return CompletableFuture.failedFuture(new MediaTooLargeException(Math.min(maxBytes, 20L * 1024 * 1024)));
        }
        String filePath = path.getString();
        HttpRequest download = HttpRequest.newBuilder(api.endpoint(bot, "/file/bot" + token + "/" + filePath)).GET().build();
        Optional<String> name = Optional.of(filePath.substring(filePath.lastIndexOf('/') + 1)).filter(n -> !n.isBlank());
        return client.download("telegram:" + bot.value(), download, maxBytes)
                .thenApply(bytes -> new ReceivedMedia(media.kind(), media.mimeType().orElse(""), name, bytes));
    }

    private static JsonObject file(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            if (response.statusCode() < 300 && body.getBoolean("ok", false) && body.get("result") instanceof JsonObject r) {
                return r;
            }
            throw new ProviderCallFailed("Telegram refused getFile (" + response.statusCode() + "): "
                    + body.getString("description", "no details"));
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new ProviderCallFailed("Telegram's getFile answer is not JSON.");
        }
    }
}
