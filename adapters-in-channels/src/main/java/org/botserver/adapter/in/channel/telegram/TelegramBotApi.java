package org.botserver.adapter.in.channel.telegram;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.botserver.adapter.in.channel.http.ApiAddress;
import org.botserver.adapter.in.channel.http.ProviderCallFailed;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.application.channel.ChannelSender;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.OutboundMessage;

/**
 * Calls the Telegram Bot API ({@code {api}/bot<token>/<method>}) for a bot: sends, answers presses, sets the
 * webhook. Not marked a secondary adapter, since the webhook (a primary adapter) also uses it for the last two.
 */
public final class TelegramBotApi implements ChannelSender {

    private final ApiAddress api;
    private final URI serverApi;
    private final ChannelSettings settings;
    private final ProviderClient client;

    /** {@code api} is https://api.telegram.org in production, a local fake in tests; a bot's telegram-api-url overrides it. */
    public TelegramBotApi(URI api, ChannelSettings settings, ProviderClient client) {
        this.api = new ApiAddress(api, TelegramKeys.API_URL, settings);
        this.serverApi = api;
        this.settings = settings;
        this.client = client;
    }

    /** A 429's wait: Telegram puts it in {@code parameters.retry_after}, and sometimes in Retry-After too. */
    public static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return json(response.body()).map(body -> body.getJsonObject("parameters"))
                .filter(p -> p.get("retry_after") instanceof JsonNumber)
                .map(p -> Duration.ofSeconds(p.getJsonNumber("retry_after").longValue()))
                .or(() -> ProviderClient.retryAfterHeader(response));
    }

    /** Fetches the files users send, on the same Bot API and client as this sender. */
    public TelegramFileDownload fileDownload() {
        return new TelegramFileDownload(serverApi, settings, client);
    }

    @Override
    public CompletionStage<Void> send(ChannelAddress to, List<OutboundMessage> messages) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (OutboundMessage message : messages) {
            TelegramMessages.Call call = TelegramMessages.of(to.userId(), message);
            chain = chain.thenCompose(ignored -> call(to.botId(), call.method(), call.body())).thenApply(result -> null);
        }
        return chain;
    }

    /** Stops the spinner on the pressed key. */
    CompletableFuture<JsonObject> answerCallbackQuery(BotId bot, String callbackQueryId) {
        return call(bot, "answerCallbackQuery", Json.createObjectBuilder().add("callback_query_id", callbackQueryId).build());
    }

    /** Points Telegram at {@code url}, with the secret it must send back in every update. */
    CompletableFuture<JsonObject> setWebhook(BotId bot, String url, String secret) {
        return call(bot, "setWebhook", Json.createObjectBuilder().add("url", url).add("secret_token", secret)
                .add("allowed_updates", Json.createArrayBuilder().add("message").add("callback_query")).build());
    }

    private CompletableFuture<JsonObject> call(BotId bot, String method, JsonObject body) {
        Optional<String> token = settings.get(bot, TelegramKeys.BOT_TOKEN).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return CompletableFuture.failedFuture(new ProviderCallFailed("Telegram is not configured for the bot " + bot
                    + ": it needs " + TelegramKeys.BOT_TOKEN + "."));
        }
        URI endpoint;
        try {
            endpoint = api.endpoint(bot, "/bot" + token.get() + "/" + method);
        } catch (ProviderCallFailed e) {
            return CompletableFuture.failedFuture(e);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return client.call("telegram:" + bot.value(), request).thenApply(response -> result(method, response));
    }

    private static JsonObject result(String method, HttpResponse<String> response) {
        Optional<JsonObject> body = json(response.body());
        if (response.statusCode() < 300 && body.map(b -> b.getBoolean("ok", false)).orElse(false)) return body.get();
        String description = body.map(b -> b.getString("description", "no details")).orElse("no details");
        throw new ProviderCallFailed("Telegram refused " + method + " (" + response.statusCode() + "): " + description);
    }

    private static Optional<JsonObject> json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
