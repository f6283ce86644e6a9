package org.botserver.adapter.in.rest.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.ReadKnowledgeStatus;
import org.botserver.application.knowledge.SearchKnowledge;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code /api/kb}: search a bot's knowledge base, and see how far its knowledge bases are indexed. */
@PrimaryAdapter
@ApplicationScoped
@Path("/kb")
@Tag(name = "knowledge")
public class KnowledgeResource {

    @Inject
    SearchKnowledge search;
    @Inject
    ReadKnowledgeStatus status;

    @GET
    @Path("/{bot}/{kb}/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search a knowledge base", description = "The chunks that best match q, by meaning and by "
            + "words fused (reciprocal rank fusion), best first, each with its score, content and source.")
    public List<KnowledgeHitJson> search(@PathParam("bot") String bot, @PathParam("kb") String kb,
                                         @QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        if (!BotId.isValid(bot)) throw new UnknownBotException(bot);
        if (!KnowledgeBaseId.isValidCollection(kb)) throw new InvalidCommandException("'" + kb + "' is not a knowledge base name.");
        if (q == null || q.isBlank()) throw new InvalidCommandException("Say what to search for in the q parameter.");
        if (limit != null && (limit < 1 || limit > 100)) throw new InvalidCommandException("limit must be between 1 and 100.");
        var query = new SearchKnowledgeQuery(List.of(KnowledgeBaseId.of(new BotId(bot), kb)), q,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
        return search.search(query).stream().map(KnowledgeHitJson::of).toList();
    }

    @GET
    @Path("/{bot}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Knowledge indexing status", description = "Per collection of the bot: whether a run is under "
            + "way, documents done of total, chunks indexed, and the documents that failed with why.")
    public List<KnowledgeStatusJson> status(@PathParam("bot") String bot) {
        if (!BotId.isValid(bot)) throw new UnknownBotException(bot);
        return status.status(new BotId(bot)).stream().map(KnowledgeStatusJson::of).toList();
    }
}
