package org.botserver.adapter.in.channel.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.ReceiveChannelMessage;
import org.botserver.application.channel.RecordDeliveryStatus;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * {@code /api/channels/whatsapp/{bot}}: Meta's verification handshake (GET) and the webhook (POST), the raw
 * body kept as bytes for the signature check.
 */
@PrimaryAdapter
@ApplicationScoped
@Path("/channels/whatsapp/{bot}")
public class WhatsAppWebhookResource {

    @Inject
    ReceiveChannelMessage receive;
    @Inject
    RecordDeliveryStatus statuses;
    @Inject
    ChannelSettings settings;

    @GET
    public Response verify(@PathParam("bot") String bot, @QueryParam("hub.mode") String mode,
                           @QueryParam("hub.verify_token") String token, @QueryParam("hub.challenge") String challenge) {
        return webhook().verify(bot, mode, token, challenge).toResponse();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response notify(@PathParam("bot") String bot, @HeaderParam("X-Hub-Signature-256") String signature,
                           byte[] body) {
        return webhook().notify(bot, signature, body).toResponse();
    }

    private WhatsAppWebhook webhook() {
        return new WhatsAppWebhook(receive, statuses, settings);
    }
}
