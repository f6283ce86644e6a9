package org.botserver.application.llm;

import java.util.List;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The knowledge that grounds an answer: the excerpts of the session's knowledge bases that best match the user's
 * message, fitted into a token budget, each with its source.
 */
@SecondaryPort
public interface KnowledgeContext {

    /** No knowledge bases on this server: answers are never grounded. */
    KnowledgeContext NONE = (bot, knowledgeBases, question, tokenBudget) -> Grounding.NONE;

    Grounding ground(BotId bot, List<String> knowledgeBases, String question, int tokenBudget);
}
