package org.botserver.adapter.in.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import org.botserver.application.access.MissingCredentialsException;
import org.botserver.application.access.NotPermittedException;
import org.botserver.application.access.RateLimitedException;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.application.knowledge.EmbeddingUnavailableException;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.application.table.TableException;
import org.botserver.application.table.UnknownTableException;

/** Turns every failure of a request into a problem-details response; unexpected ones are logged, not shown. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return switch (failure) {
            case RateLimitedException e -> tooManyRequests(e);
            case MissingCredentialsException e -> Response.fromResponse(problemFor(e).toResponse())
                    .header("WWW-Authenticate", "Bearer").build();
            default -> problemFor(failure).toResponse();
        };
    }

    /** 429 with the Retry-After header in whole seconds. */
    public static Response tooManyRequests(RateLimitedException limited) {
        return Response.fromResponse(problemFor(limited).toResponse())
                .header("Retry-After", limited.retryAfterSeconds()).build();
    }

    static Problem problemFor(Throwable failure) {
        if (causedByTooLargeBody(failure)) return BodySizeLimit.tooLarge();
        String rejectedJson = rejectedJson(failure);
        if (rejectedJson != null) return invalid(rejectedJson);
        return switch (failure) {
            case UnknownBotException e -> new Problem("/problems/unknown-bot", "Unknown bot", 404, e.getMessage());
            case UnknownTableException e -> new Problem("/problems/unknown-table", "Unknown table", 404, e.getMessage());
            case UnknownConversationException e ->
                    new Problem("/problems/unknown-conversation", "Unknown conversation", 404, e.getMessage());
            case InvalidCommandException e -> invalid(e.getMessage());
            case TableException e -> invalid(e.getMessage());
            case MissingCredentialsException e ->
                    new Problem("/problems/credentials-required", "Credentials required", 401, e.getMessage());
            case NotPermittedException e -> new Problem("/problems/role-required", "Forbidden", 403, e.getMessage());
            case RateLimitedException e -> new Problem("/problems/rate-limited", "Too Many Requests", 429, e.getMessage());
            case ConcurrentTurnException e -> new Problem("/problems/concurrent-turn", "Concurrent turn", 409,
                    "Another message to this conversation was handled at the same time; send this one again.");
            case EmbeddingUnavailableException e -> unavailable(e);
            case VectorIndexException e -> unavailable(e);
            case JsonbException e -> invalid("The request body is not valid JSON for this request.");
            case ProcessingException e -> invalid("The request body could not be read as JSON for this request.");
            case WebApplicationException e -> http(e.getResponse().getStatusInfo());
            default -> internal(failure);
        };
    }

    static Problem invalid(String detail) {
        return new Problem("/problems/invalid-request", "Invalid request", 400, detail);
    }

    private static Problem http(Response.StatusType status) {
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this address.";
            case 401 -> "Send a valid bearer token.";
            case 403 -> "The bearer token does not carry a role that may do this.";
            case 405 -> "This address does not accept this HTTP method.";
            case 406 -> "This address answers with application/json only.";
            case 415 -> "Send the request body as application/json.";
            case 400 -> "The request is malformed.";
            default -> status.getReasonPhrase();
        };
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    /** The knowledge search depends on an embedding model and an index that can be away; say so, log why. */
    private static Problem unavailable(RuntimeException failure) {
        LOG.log(Level.WARNING, "Knowledge search unavailable: {0}", failure.getMessage());
        return new Problem("/problems/knowledge-unavailable", "Knowledge search unavailable", 503,
                "The knowledge base cannot be searched right now. Try again later.");
    }

    private static Problem internal(Throwable failure) {
        LOG.log(Level.ERROR, "Request failed unexpectedly", failure);
        return new Problem("about:blank", "Internal Server Error", 500,
                "The server could not handle this request. The error has been logged.");
    }

    private static String rejectedJson(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonBodyGuard.RejectedJsonException rejected) return rejected.getMessage();
        }
        return null;
    }

    private static boolean causedByTooLargeBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimit.TooLargeException) return true;
        }
        return false;
    }
}
