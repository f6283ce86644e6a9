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
import org.botserver.application.knowledge.ChunkFilter;
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
            + "words fused (reciprocal rank fusion), best first, each with its score, content and source. source= "
            + "narrows the search to one document (source=faq.md) or to a folder's documents (source=manuals/), "
            + "page= to one page; the best chunks that pass are found, not what is left of an unnarrowed list.")
    public List<KnowledgeHitJson> search(@PathParam("bot") String bot, @PathParam("kb") String kb,
                                         @QueryParam("q") String q, @QueryParam("limit") Integer limit,
                                         @QueryParam("source") String source, @QueryParam("page") Integer page) {
        if (!BotId.isValid(bot)) throw new UnknownBotException(bot);
        if (!KnowledgeBaseId.isValidCollection(kb)) throw new InvalidCommandException("'" + kb + "' is not a knowledge base name.");
        if (q == null || q.isBlank()) throw new InvalidCommandException("Say what to search for in the q parameter.");
        if (limit != null && (limit < 1 || limit > 100)) throw new InvalidCommandException("limit must be between 1 and 100.");
        if (page != null && page < 1) throw new InvalidCommandException("page counts from 1.");
        var query = new SearchKnowledgeQuery(List.of(KnowledgeBaseId.of(new BotId(bot), kb)), q,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit), filter(source, page));
        return search.search(query).stream().map(KnowledgeHitJson::of).toList();
    }

    /** Every chunk, or those of the source (a document, or a folder ending in "/") and of the page given. */
    private static ChunkFilter filter(String source, Integer page) {
        ChunkFilter filter = source == null || source.isBlank() ? ChunkFilter.NONE : ChunkFilter.ofSource(source.strip());
        return page == null ? filter : filter.onPage(page);
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
