package org.botserver.application.llm;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.domain.basic.runtime.Limits;

/** Wires the conversation use cases to a scripted model as the server does, for the LLM tests. */
final class TestLlm {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    final InMemoryConversationStore store = new InMemoryConversationStore();
    final ScriptedLanguageModel model = new ScriptedLanguageModel();
    final StartConversationService start;
    final SendMessageService send;

    TestLlm(LoadedBots bots, Optional<LlmSettings> settings) {
        LlmSettingsSource source = bot -> settings;
        var capabilities = new CapabilityRegistry(List.of(new LlmKeyword(source, model, bots)));
        start = new StartConversationService(store, bots, CLOCK, Limits.defaults(), capabilities);
        send = new SendMessageService(store, bots, CLOCK, Limits.defaults(), capabilities,
                new LlmAnswerService(source, model, store, Limits.defaults(), capabilities));
    }

    /** With an answer cache in front of the model. */
    TestLlm(LoadedBots bots, LlmSettings settings, FindCachedAnswer find, RememberAnswer remember) {
        LlmSettingsSource source = bot -> Optional.of(settings);
        var capabilities = new CapabilityRegistry(List.of(new LlmKeyword(source, model, bots, find, remember)));
        start = new StartConversationService(store, bots, CLOCK, Limits.defaults(), capabilities);
        send = new SendMessageService(store, bots, CLOCK, Limits.defaults(), capabilities,
                new LlmAnswerService(source, model, store, Limits.defaults(), capabilities, find, remember));
    }

    TestLlm(LoadedBots bots) {
        this(bots, Optional.of(settings()));
    }

    /** With more capability handlers next to the LLM keyword (the sandbox of .js tools...). */
    TestLlm(LoadedBots bots, List<CapabilityHandler> more) {
        LlmSettingsSource source = bot -> Optional.of(settings());
        List<CapabilityHandler> handlers = new ArrayList<>(more);
        handlers.add(new LlmKeyword(source, model, bots));
        var capabilities = new CapabilityRegistry(handlers);
        start = new StartConversationService(store, bots, CLOCK, Limits.defaults(), capabilities);
        send = new SendMessageService(store, bots, CLOCK, Limits.defaults(), capabilities,
                new LlmAnswerService(source, model, store, Limits.defaults(), capabilities));
    }

    static LlmSettings settings() {
        return new LlmSettings(LlmSettings.Provider.OPENAI, URI.create("http://127.0.0.1:1/v1"), Optional.of("k"),
                "test-model", 0.2, 512, Optional.empty(), Optional.empty(), Duration.ofSeconds(30), 2, 5, 10, 8192);
    }

    /** A stream that keeps the chunks it was given. */
    static final class Chunks implements ReplyStream {
        final List<String> received = new ArrayList<>();

        @Override public void chunk(String delta) { received.add(delta); }

        @Override public boolean cancelled() { return false; }
    }
}
