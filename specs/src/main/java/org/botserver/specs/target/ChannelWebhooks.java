package org.botserver.specs.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.ConfigCsv;
import org.botserver.domain.channel.Channel;

/**
 * A server's WhatsApp and Telegram webhooks, called as the providers call them: WhatsApp notifications signed
 * with {@code X-Hub-Signature-256} (the HMAC-SHA256 of the body keyed with the bot's whatsapp-app-secret),
 * Telegram updates carrying the bot's telegram-webhook-secret in {@code X-Telegram-Bot-Api-Secret-Token}. The
 * secrets are read from the config.csv of the package the scenario deployed; what the server sent back is read
 * from the {@link FakeChannelProvider}.
 */
final class ChannelWebhooks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String NO_SIGNATURE = "sha256=" + "0".repeat(64);

    private final URI base;
    private final Map<String, BotConfig> configs = new ConcurrentHashMap<>();

    ChannelWebhooks(URI base) {
        this.base = base;
    }

    /** Reads the package's config.csv for the secrets its webhooks are called with. */
    void know(BotPackageFolder bot) {
        Path config = bot.path().resolve(bot.botId() + ".gbot").resolve("config.csv");
        try {
            String text = Files.isRegularFile(config) ? Files.readString(config) : "";
            configs.put(bot.botId(), ConfigCsv.parse("config.csv", text).config());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + config + ": " + e.getMessage(), e);
        }
    }

    void deliver(String botId, ChannelMessage message) {
        BotConfig config = configs.getOrDefault(botId, BotConfig.empty());
        boolean whatsApp = message.from().channel() == Channel.WHATSAPP;
        String body = whatsApp ? WebhookPayloads.whatsApp(message, config.text("whatsapp-phone-number-id").orElse("0"))
                : WebhookPayloads.telegram(message);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/channels/"
                        + message.from().channel().key() + "/" + botId))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        // Without a secret in the package, nothing is signed: the server answers as it would the provider.
        if (whatsApp) {
            secret(config, "whatsapp-app-secret").ifPresent(secret -> request.header("X-Hub-Signature-256",
                    message.rightlySigned() ? sign(body, secret) : NO_SIGNATURE));
        } else {
            secret(config, "telegram-webhook-secret").ifPresent(secret -> request.header("X-Telegram-Bot-Api-Secret-Token",
                    message.rightlySigned() ? secret : "not-" + secret));
        }
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() / 100 != 2) {
            throw new TargetRefusal(RemoteJson.problem("POST " + answer.uri().getPath(), answer.statusCode(), answer.body()));
        }
    }

    /** Polls the fake provider until it got at least {@code atLeast} messages for the user, or the timeout is over. */
    List<ChannelReply> sentTo(ChannelUser user, int atLeast, Duration timeout) {
        FakeChannelProvider provider = FakeChannelProvider.fromSystemProperties();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ChannelReply> sent = ProviderCalls.repliesTo(user, provider.calls());
        while (sent.size() < atLeast && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the server's messages", e);
            }
            sent = ProviderCalls.repliesTo(user, provider.calls());
        }
        return sent;
    }

    private static Optional<String> secret(BotConfig config, String key) {
        return config.text(key).filter(value -> !value.isBlank());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the BotServer at " + base + " (" + e + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the BotServer at " + base, e);
        }
    }

    private static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
