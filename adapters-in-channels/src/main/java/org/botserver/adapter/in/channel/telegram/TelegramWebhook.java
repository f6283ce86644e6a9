package org.botserver.adapter.in.channel.telegram;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.botserver.adapter.in.channel.http.WebhookReply;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.ReceiveChannelMessage;
import org.botserver.domain.bot.BotId;

/**
 * Decides what the Telegram webhook answers: updates are taken only with the bot's secret token, a key press
 * is acknowledged to Telegram in the background, and registering calls setWebhook with that same secret.
 */
final class TelegramWebhook {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final System.Logger LOG = System.getLogger(TelegramWebhook.class.getName());

    private final ReceiveChannelMessage receive;
    private final ChannelSettings settings;
    private final TelegramBotApi telegram;

    TelegramWebhook(ReceiveChannelMessage receive, ChannelSettings settings, TelegramBotApi telegram) {
        this.receive = receive;
        this.settings = settings;
        this.telegram = telegram;
    }

    WebhookReply update(String bot, String secret, byte[] body) {
        Optional<WebhookReply> refused = refusal(bot, secret);
        if (refused.isPresent()) return refused.get();
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return WebhookReply.problem(Status.BAD_REQUEST, "The body is not a JSON object.");
        }
        BotId botId = new BotId(bot);
        TelegramUpdate update = TelegramUpdate.read(root, botId);
        update.update().ifPresent(receive::receive);
        update.callbackQueryId().ifPresent(id -> telegram.answerCallbackQuery(botId, id).exceptionally(failure -> {
            LOG.log(Level.WARNING, "answerCallbackQuery for the bot " + bot + " failed: " + failure.getMessage());
            return null;
        }));
        return WebhookReply.ok();
    }

    /** {@code ownUrl} is this endpoint's address as the caller reached it, used without telegram-webhook-url. */
    CompletableFuture<WebhookReply> register(String bot, String secret, Supplier<String> ownUrl) {
        Optional<WebhookReply> refused = refusal(bot, secret);
        if (refused.isPresent()) return CompletableFuture.completedFuture(refused.get());
        String url = setting(bot, TelegramKeys.WEBHOOK_URL).orElseGet(ownUrl);
        return telegram.setWebhook(new BotId(bot), url, secret)
                .thenApply(result -> WebhookReply.json(Json.createObjectBuilder().add("webhook_url", url)
                        .add("description", result.getString("description", "Webhook was set")).build().toString()))
                .exceptionally(failure -> WebhookReply.problem(Status.BAD_GATEWAY, "Telegram did not set the webhook: "
                        + (failure.getCause() != null ? failure.getCause() : failure).getMessage()));
    }

    private Optional<WebhookReply> refusal(String bot, String secret) {
        Optional<String> expected = setting(bot, TelegramKeys.WEBHOOK_SECRET);
        if (expected.isEmpty()) {
            return Optional.of(WebhookReply.problem(Status.NOT_FOUND, "Telegram is not enabled for the bot " + bot + "."));
        }
        boolean matches = secret != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.empty() : Optional.of(WebhookReply.problem(Status.FORBIDDEN,
                "The " + SECRET_HEADER + " header does not match this bot's telegram-webhook-secret."));
    }

    private Optional<String> setting(String bot, String key) {
        return BotId.isValid(bot) ? settings.get(new BotId(bot), key).filter(v -> !v.isBlank()) : Optional.empty();
    }
}
