package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.cache.CacheHit;
import org.botserver.application.cache.CacheQuery;
import org.botserver.application.cache.CachedAnswer;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/** {@code result = LLM "prompt"} in a dialog: the bot's model completes the prompt under the bot's system prompt. */
public final class LlmKeyword implements CapabilityHandler {

    private final LlmSettingsSource settings;
    private final LanguageModel model;
    private final BotCatalog bots;
    private final CacheShortcut cache;

    /** Every prompt goes to the model. */
    public LlmKeyword(LlmSettingsSource settings, LanguageModel model, BotCatalog bots) {
        this(settings, model, bots, CacheShortcut.none());
    }

    /**
     * Through the answer cache of bots that turn it on ({@code llm-cache}). Give it an exact-only cache: a prompt
     * built by a dialog ("Summarise: " + text) must not be answered for a merely similar one.
     */
    public LlmKeyword(LlmSettingsSource settings, LanguageModel model, BotCatalog bots, FindCachedAnswer findCached,
                      RememberAnswer remember) {
        this(settings, model, bots, new CacheShortcut(findCached, remember));
    }

    private LlmKeyword(LlmSettingsSource settings, LanguageModel model, BotCatalog bots, CacheShortcut cache) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = Objects.requireNonNull(model, "model");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.cache = cache;
    }

    @Override
    public Set<String> keywords() { return Set.of("LLM"); }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        String prompt = capability.arguments().stream().map(Value::asText).collect(Collectors.joining(" ")).strip();
        if (prompt.isEmpty()) return new CapabilityResult.Failed("LLM needs a prompt.");
        Optional<LlmSettings> configured = settings.forBot(scope.botId());
        // A runtime error of the statement, not a missing keyword: ON ERROR RESUME NEXT lets a dialog go on without one.
        if (configured.isEmpty()) return new CapabilityResult.Failed("no language model is configured for this bot.");
        String system = bots.find(scope.botId())
                .map(bot -> SystemPrompt.of(bot, configured.get(), Optional.empty()))
                .orElse(SystemPrompt.DEFAULT);
        LlmRequest request = new LlmRequest(configured.get(), system, List.of(new ChatEntry.User(prompt)), List.of());
        Optional<CacheQuery> query = CacheShortcut.queryFor(scope.botId(), request);
        Optional<CacheHit> hit = query.flatMap(cache::find);
        if (hit.isPresent()) return new CapabilityResult.Performed(new TextValue(hit.get().text()));
        return switch (model.complete(request, ReplyStream.none())) {
            case LlmReply.Answer answer -> {
                query.ifPresent(key -> cache.remember(key, new CachedAnswer(answer.text(), false)));
                yield new CapabilityResult.Performed(new TextValue(answer.text()));
            }
            case LlmReply.Failure(var kind, var detail) -> new CapabilityResult.Failed(kind + ": " + detail);
        };
    }
}
