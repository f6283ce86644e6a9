package org.botserver.adapter.in.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API v1 under {@code /api}: JSON with snake_case fields, errors as RFC 9457 problem details. Bearer
 * tokens of the configured OIDC provider are verified by MicroProfile JWT; anonymous web chats use conversation
 * tokens instead.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"admin", "bot-author", "user"})
@OpenAPIDefinition(
        info = @Info(title = "BotServer API", version = "1",
                description = "Start conversations with bots, send messages, read the history. Fields are "
                        + "snake_case; errors are RFC 9457 problem details (application/problem+json)."),
        tags = {@Tag(name = "bots", description = "The bots loaded on this server"),
                @Tag(name = "conversations", description = "Conversations between a user and a bot")})
public class RestApi extends Application {
}
