package org.botserver.adapter.in.channel.http;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * What a webhook endpoint answers, decided without the REST runtime: a status, a content type and a body;
 * refusals are RFC 9457 problem details in plain words, never a stack trace.
 */
public record WebhookReply(int status, String contentType, String body) {

    public static WebhookReply ok() {
        return new WebhookReply(200, "text/plain", "");
    }

    public static WebhookReply text(String body) {
        return new WebhookReply(200, "text/plain", body);
    }

    public static WebhookReply json(String body) {
        return new WebhookReply(200, "application/json", body);
    }

    public static WebhookReply problem(Response.Status status, String detail) {
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail)
                .build().toString();
        return new WebhookReply(status.getStatusCode(), "application/problem+json", body);
    }

    public Response toResponse() {
        return Response.status(status).type(contentType).entity(body).build();
    }
}
