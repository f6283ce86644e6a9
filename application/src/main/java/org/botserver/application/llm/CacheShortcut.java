package org.botserver.application.llm;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.botserver.application.cache.CacheHit;
import org.botserver.application.cache.CacheQuery;
import org.botserver.application.cache.CachedAnswer;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.cache.Remembered;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.bot.BotId;

/**
 * The answer cache as the answer path uses it: the question in its whole context (model, system prompt, tools,
 * history) as the key, a lookup before the model is called and the final answer remembered after it. The cache
 * is only a shortcut, so whatever goes wrong in it is logged and the model answers as if it were not there.
 */
final class CacheShortcut {

    private static final System.Logger LOG = System.getLogger(CacheShortcut.class.getName());

    private final FindCachedAnswer find;
    private final RememberAnswer remember;

    CacheShortcut(FindCachedAnswer find, RememberAnswer remember) {
        this.find = Objects.requireNonNull(find, "find");
        this.remember = Objects.requireNonNull(remember, "remember");
    }

    /** No cache on this server: every question goes to the model. */
    static CacheShortcut none() {
        return new CacheShortcut(query -> Optional.empty(),
                (query, answer) -> new Remembered.NotStored(Remembered.Reason.CACHE_OFF));
    }

    /**
     * The key of a request whose last entry is the user's message; none when the bot's cache is off, so a turn
     * without a cache never joins its tools and history into a key.
     */
    static Optional<CacheQuery> queryFor(BotId bot, LlmRequest request) {
        LlmSettings llm = request.settings();
        if (!llm.cache().enabled()) return Optional.empty();
        List<ChatEntry> entries = request.entries();
        String message = entries.getLast() instanceof ChatEntry.User user ? user.text() : "";
        // The same model name on two servers may be two different models.
        String model = llm.provider() + " " + llm.url() + " " + llm.model();
        String tools = request.tools().stream().map(ToolDefinition::functionJson).collect(Collectors.joining("\n"));
        return Optional.of(new CacheQuery(bot, model, request.systemPrompt(), tools,
                entries.subList(0, entries.size() - 1).toString(), message, llm.cache()));
    }

    Optional<CacheHit> find(CacheQuery query) {
        try {
            return find.find(query);
        } catch (RuntimeException e) {
            // The port promises a miss rather than an error; this keeps that promise for any adapter that breaks it.
            LOG.log(Level.WARNING, "Answer cache lookup failed, the model answers: {0}", e.toString());
            return Optional.empty();
        }
    }

    void remember(CacheQuery query, CachedAnswer answer) {
        try {
            if (remember.remember(query, answer) instanceof Remembered.NotStored(var reason)) {
                LOG.log(Level.DEBUG, "Answer not cached: {0}", reason);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Answer not cached: {0}", e.toString());
        }
    }
}
