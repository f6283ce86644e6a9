package org.botserver.application.llm;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.application.knowledge.SearchKnowledge;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Grounds an answer in the session's knowledge bases: the best hits for the message, best first, as many as fit
 * the token budget, each headed by its source; a search that fails leaves the answer ungrounded rather than
 * failing the turn. It lives with the language model, not the knowledge bases, so the knowledge feature does not
 * depend on the model's (which depends on the answer cache, which uses the knowledge feature's embeddings).
 */
public final class KnowledgeContextService implements KnowledgeContext {

    private static final System.Logger LOG = System.getLogger(KnowledgeContextService.class.getName());
    /** Heads the excerpts in the system prompt. */
    public static final String HEADER = "Answer from these knowledge-base excerpts when they are relevant, and name the source "
            + "in brackets after what you took from it. If they do not answer the question, say you do not know.";

    private final SearchKnowledge search;

    public KnowledgeContextService(SearchKnowledge search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public Grounding ground(BotId bot, List<String> knowledgeBases, String question, int tokenBudget) {
        if (knowledgeBases.isEmpty() || question.isBlank()) return Grounding.NONE;
        List<KnowledgeHit> hits;
        try {
            var kbs = knowledgeBases.stream().map(name -> KnowledgeBaseId.of(bot, name)).toList();
            hits = search.search(new SearchKnowledgeQuery(kbs, question, OptionalInt.empty()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Knowledge search for bot " + bot.value() + " failed; answering without it: " + e.getMessage());
            return Grounding.NONE;
        }
        StringBuilder section = new StringBuilder(HEADER);
        int used = estimate(HEADER);
        Set<String> sources = new LinkedHashSet<>();
        List<String> excerpts = new ArrayList<>();
        for (KnowledgeHit hit : hits) {
            String excerpt = "\n\n[" + hit.source() + "]\n" + hit.chunk().content().strip();
            int cost = estimate(excerpt);
            if (used + cost > tokenBudget) break;
            used += cost;
            excerpts.add(excerpt);
            sources.add(hit.source());
        }
        if (excerpts.isEmpty()) return Grounding.NONE;
        excerpts.forEach(section::append);
        return new Grounding(section.toString(), List.copyOf(sources));
    }

    /** The same rough count as the history window's: about three characters a token. */
    private static int estimate(String text) {
        return text.length() / 3 + 4;
    }
}
