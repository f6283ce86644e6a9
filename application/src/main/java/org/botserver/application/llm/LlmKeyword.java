package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.botserver.application.bot.BotCatalog;
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

    public LlmKeyword(LlmSettingsSource settings, LanguageModel model, BotCatalog bots) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = Objects.requireNonNull(model, "model");
        this.bots = Objects.requireNonNull(bots, "bots");
    }

    @Override
    public Set<String> keywords() { return Set.of("LLM"); }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        String prompt = capability.arguments().stream().map(Value::asText).collect(Collectors.joining(" ")).strip();
        if (prompt.isEmpty()) return new CapabilityResult.Failed("LLM needs a prompt.");
        Optional<LlmSettings> configured = settings.forBot(scope.botId());
        if (configured.isEmpty()) return new CapabilityResult.Unavailable("LLM");
        String system = bots.find(scope.botId())
                .map(bot -> SystemPrompt.of(bot, configured.get(), Optional.empty()))
                .orElse(SystemPrompt.DEFAULT);
        LlmRequest request = new LlmRequest(configured.get(), system, List.of(new ChatEntry.User(prompt)), List.of());
        return switch (model.complete(request, ReplyStream.none())) {
            case LlmReply.Answer answer -> new CapabilityResult.Performed(new TextValue(answer.text()));
            case LlmReply.Failure(var kind, var detail) -> new CapabilityResult.Failed(kind + ": " + detail);
        };
    }
}
