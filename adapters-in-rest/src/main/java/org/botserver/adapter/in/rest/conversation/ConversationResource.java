package org.botserver.adapter.in.rest.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import org.botserver.adapter.in.rest.access.Callers;
import org.botserver.adapter.in.rest.problem.Problem;
import org.botserver.application.access.AuthorizeConversation;
import org.botserver.application.access.AdmitStart;
import org.botserver.application.access.Caller;
import org.botserver.application.access.IssueConversationToken;
import org.botserver.application.access.ListConversations;
import org.botserver.application.access.ListConversationsQuery;
import org.botserver.application.access.Owners;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.ReadHistory;
import org.botserver.application.conversation.ReadHistoryQuery;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code /api/conversations}: list the user's conversations, start one, send it messages, read its history. */
@PrimaryAdapter
@ApplicationScoped
@Path("/conversations")
@Tag(name = "conversations")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Malformed JSON, a missing field or a message over 64 KiB",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Neither the conversation token nor a bearer token was sent",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "Too many requests from this address or messages to this conversation",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Unknown bot, or a conversation that is unknown or not the caller's",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class ConversationResource {

    @Inject
    StartConversation startConversation;
    @Inject
    AdmitStart admitStart;
    @Inject
    SendMessage sendMessage;
    @Inject
    ReadHistory readHistory;
    @Inject
    AuthorizeConversation authorizeConversation;
    @Inject
    IssueConversationToken issueConversationToken;
    @Inject
    ListConversations listConversations;

    @GET
    @Operation(summary = "List the signed-in user's conversations",
            description = "Needs a bearer token. Most recently active first; pass the last one's last_activity as "
                    + "before for the next page. An admin may pass user=<subject> to list that user's.")
    @APIResponse(responseCode = "200", description = "A page of conversations",
            content = @Content(schema = @Schema(implementation = ConversationsResponse.class)))
    @APIResponse(responseCode = "403", description = "A user who is not an admin asked for another user's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ConversationsResponse list(
            @Parameter(description = "The OIDC subject whose conversations to list (admin only)") @QueryParam("user")
            String user,
            @Parameter(description = "At most this many, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "Only conversations last active strictly before this ISO-8601 instant")
            @QueryParam("before") String before, @Context SecurityContext security, @Context HttpHeaders headers) {
        return ConversationsResponse.of(listConversations.list(ListConversationsQuery.of(Callers.of(security, headers),
                user, QueryParams.limit(limit), QueryParams.instant(before))));
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a conversation with a bot",
            description = "Runs the bot's start.bas until its first HEAR or its end; replies are what it said.")
    @APIResponse(responseCode = "201", description = "The conversation was started",
            content = @Content(schema = @Schema(implementation = StartResponse.class)))
    public Response start(StartRequest request, @Context UriInfo uri, @Context SecurityContext security,
                          @Context HttpHeaders headers) {
        if (request == null) throw new InvalidCommandException("A JSON body with bot_id is required.");
        Caller caller = Callers.of(security, headers);
        admitStart.admit(caller, request.botId());
        TurnResult turn = startConversation.start(StartConversationCommand.of(request.botId(),
                owner(caller, request.userId())));
        return Response.created(uri.getBaseUriBuilder().path("conversations/{id}/history").build(turn.conversationId()))
                .entity(StartResponse.of(turn, issueConversationToken.issue(turn.conversationId()))).build();
    }

    @POST
    @Path("/{id}/token")
    @Operation(summary = "Renew the conversation token",
            description = "Send the current, unexpired token (or the owner's bearer token); returns a fresh one.")
    @APIResponse(responseCode = "200", description = "A fresh token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    public TokenResponse renew(@PathParam("id") String id, @Context SecurityContext security,
                               @Context HttpHeaders headers) {
        return TokenResponse.of(issueConversationToken.issue(authorize(id, security, headers)));
    }

    /** A signed-in member owns what it starts; an anonymous client may name itself, but never as a member. */
    private static String owner(Caller caller, String requestedUserId) {
        if (caller instanceof Caller.Member member) return member.ownerId();
        if (Owners.claimsMembership(requestedUserId)) {
            throw new InvalidCommandException("A user id starting with 'oidc:' is given by a bearer token only.");
        }
        return requestedUserId;
    }

    private ConversationId authorize(String id, SecurityContext security, HttpHeaders headers) {
        return authorizeConversation.authorize(Callers.of(security, headers), id);
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the user's message", description = "Returns what the bot said in this turn, in order.")
    @APIResponse(responseCode = "200", description = "The message was stored and answered",
            content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "409", description = "Another message to the conversation was handled at the same time",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public MessageResponse send(@PathParam("id") String id, MessageRequest request, @Context SecurityContext security,
                                @Context HttpHeaders headers) {
        ConversationId conversation = authorize(id, security, headers);
        if (request == null) throw new InvalidCommandException("A JSON body with content is required.");
        return MessageResponse.of(sendMessage.send(new SendMessageCommand(conversation, request.content())));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Read the conversation's messages",
            description = "The newest page, oldest first; pass the first message's timestamp as before for older ones.")
    @APIResponse(responseCode = "200", description = "A page of history",
            content = @Content(schema = @Schema(implementation = HistoryResponse.class)))
    public HistoryResponse history(@PathParam("id") String id,
            @Parameter(description = "At most this many messages, 1 to 200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "Only messages strictly older than this ISO-8601 instant") @QueryParam("before")
            String before, @Context SecurityContext security, @Context HttpHeaders headers) {
        authorize(id, security, headers);
        return HistoryResponse.of(readHistory.read(ReadHistoryQuery.of(id, QueryParams.limit(limit),
                QueryParams.instant(before))));
    }
}
