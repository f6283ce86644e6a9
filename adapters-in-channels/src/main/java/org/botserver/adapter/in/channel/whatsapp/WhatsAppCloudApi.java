package org.botserver.adapter.in.channel.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Sends on WhatsApp through the Cloud API: {@code POST {graph}/{version}/{phone-number-id}/messages} with
 * the bot's access token, one request after another so the user reads the replies in order.
 */
@SecondaryAdapter
public final class WhatsAppCloudApi implements ChannelSender {

    private final ApiAddress graph;
    private final ChannelSettings settings;
    private final ProviderClient client;
    private final URI serverGraph;

    /**
     * {@code graph} is https://graph.facebook.com in production, a local fake in tests; a bot's whatsapp-api-url
     * overrides it.
     */
    public WhatsAppCloudApi(URI graph, ChannelSettings settings, ProviderClient client) {
        this.graph = new ApiAddress(graph, WhatsAppKeys.API_URL, settings);
        this.serverGraph = graph;
        this.settings = settings;
        this.client = client;
    }

    /** Fetches the files users send, on the same Graph API and client as this sender. */
    public WhatsAppMediaDownload mediaDownload() {
        return new WhatsAppMediaDownload(serverGraph, settings, client);
    }

    @Override
    public CompletionStage<Void> send(ChannelAddress to, List<OutboundMessage> messages) {
        Optional<String> token = setting(to.botId(), WhatsAppKeys.ACCESS_TOKEN);
        Optional<String> phone = setting(to.botId(), WhatsAppKeys.PHONE_NUMBER_ID);
        if (token.isEmpty() || phone.isEmpty()) {
            return CompletableFuture.failedFuture(new ProviderCallFailed("WhatsApp is not configured for the bot "
                    + to.botId() + ": it needs " + WhatsAppKeys.ACCESS_TOKEN + " and " + WhatsAppKeys.PHONE_NUMBER_ID + "."));
        }
        String version = setting(to.botId(), WhatsAppKeys.API_VERSION).orElse(WhatsAppKeys.DEFAULT_API_VERSION);
        URI endpoint;
        try {
            endpoint = graph.endpoint(to.botId(), "/" + version + "/" + phone.get() + "/messages");
        } catch (ProviderCallFailed e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (OutboundMessage message : messages) {
            for (JsonObject body : WhatsAppMessages.bodies(to.userId(), message)) {
                chain = chain.thenCompose(ignored -> post(endpoint, token.get(), phone.get(), body));
            }
        }
        return chain;
    }

    private CompletableFuture<Void> post(URI endpoint, String token, String phoneNumberId, JsonObject body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return client.call(phoneNumberId, request).thenAccept(WhatsAppCloudApi::accepted);
    }

    private static void accepted(HttpResponse<String> response) {
        if (response.statusCode() < 300) return;
        throw new ProviderCallFailed("WhatsApp refused the message (" + response.statusCode() + "): " + error(response.body()));
    }

    /** The Graph API's {@code error.message}, or the status alone when the body is not the documented JSON. */
    private static String error(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject().getJsonObject("error");
            return error == null ? "no details" : error.getString("message", "no details");
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return "no details";
        }
    }

    private Optional<String> setting(BotId bot, String key) {
        return settings.get(bot, key).filter(value -> !value.isBlank());
    }
}
