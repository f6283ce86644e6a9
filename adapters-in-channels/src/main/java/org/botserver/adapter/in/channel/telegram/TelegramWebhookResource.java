package org.botserver.adapter.in.channel.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.botserver.adapter.in.channel.http.WebhookReply;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.ReceiveChannelMessage;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * {@code /api/channels/telegram/{bot}}: the webhook Telegram posts updates to, and {@code /register}, which
 * points Telegram at it.
 */
@PrimaryAdapter
@ApplicationScoped
@Path("/channels/telegram/{bot}")
public class TelegramWebhookResource {

    @Inject
    ReceiveChannelMessage receive;
    @Inject
    ChannelSettings settings;
    @Inject
    TelegramBotApi telegram;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response update(@PathParam("bot") String bot, @HeaderParam(TelegramWebhook.SECRET_HEADER) String secret,
                           byte[] body) {
        return webhook().update(bot, secret, body).toResponse();
    }

    @POST
    @Path("/register")
    public CompletionStage<Response> register(@PathParam("bot") String bot,
                                              @HeaderParam(TelegramWebhook.SECRET_HEADER) String secret,
                                              @Context UriInfo uri) {
        return webhook().register(bot, secret,
                        () -> uri.getBaseUriBuilder().path("channels/telegram/{bot}").build(bot).toString())
                .thenApply(WebhookReply::toResponse);
    }

    private TelegramWebhook webhook() {
        return new TelegramWebhook(receive, settings, telegram);
    }
}
