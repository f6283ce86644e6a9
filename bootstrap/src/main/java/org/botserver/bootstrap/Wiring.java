package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.botserver.adapter.out.llm.LanguageModels;
import org.botserver.application.access.AdmitStart;
import org.botserver.application.access.AdmitStartService;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;
import org.botserver.application.access.RateLimitedSendMessage;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.cache.AnswerCacheService;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.bot.ListBots;
import org.botserver.application.bot.ListBotsService;
import org.botserver.application.bot.DeployBot;
import org.botserver.application.bot.DeployBotService;
import org.botserver.application.bot.InspectBot;
import org.botserver.application.bot.InspectBotService;
import org.botserver.application.bot.RefreshBots;
import org.botserver.application.bot.RemoveBot;
import org.botserver.application.bot.RemoveBotService;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.conversation.ReadConversationService;
import org.botserver.application.conversation.ReadHistory;
import org.botserver.application.conversation.ReadHistoryService;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.llm.LanguageModel;
import org.botserver.application.llm.KnowledgeContext;
import org.botserver.application.llm.LlmAnswerService;
import org.botserver.application.llm.LlmKeyword;
import org.botserver.application.llm.LlmSettingsSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;

/** Builds the use cases on the adapters chosen by configuration; the inbound adapters inject the use cases. */
@ApplicationScoped
public class Wiring {

    @Produces
    @ApplicationScoped
    ConversationStore conversationStore(Database database) {
        return database.conversations();
    }

    /** The bots loaded from storage and kept current by the poller; turns only look the compiled dialogs up. */
    @Produces
    @ApplicationScoped
    BotCatalog botCatalog(BotPackages packages) {
        return packages.bots();
    }

    @Produces
    @ApplicationScoped
    RefreshBots refreshBots(BotPackages packages) {
        return packages.refresh();
    }

    @Produces
    @ApplicationScoped
    InspectBot inspectBot(BotPackages packages) {
        return new InspectBotService(packages.bots());
    }

    @Produces
    @ApplicationScoped
    DeployBot deployBot(BotPackages packages, InspectBot inspect, BotSettings settings, Clock clock) {
        return new DeployBotService(packages.store(), packages.refresh(), inspect, settings.limits(), clock);
    }

    @Produces
    @ApplicationScoped
    RemoveBot removeBot(BotPackages packages) {
        return new RemoveBotService(packages.store(), packages.refresh());
    }

    /** The language-model providers, each bot's calls going to the one its settings name. */
    @Produces
    @ApplicationScoped
    LanguageModel languageModel() {
        return new LanguageModels();
    }

    void closeLanguageModel(@Disposes LanguageModel model) {
        // Closes the providers' HTTP clients (connection pools, dispatcher threads) with the application.
        if (model instanceof LanguageModels providers) providers.close();
    }

    @Produces
    @ApplicationScoped
    LlmSettingsSource llmSettings(BotCatalog bots) {
        return new ServerLlmSettings(bots);
    }

    /** Capability keywords (LLM, FIND, GET...) go to the handlers of the capabilities this server provides. */
    @Produces
    @ApplicationScoped
    Capabilities capabilities(Instance<CapabilityHandler> handlers, LlmSettingsSource llmSettings,
                              LanguageModel model, BotCatalog bots, CacheStore cacheStore) {
        List<CapabilityHandler> all = new ArrayList<>(handlers.stream().toList());
        // Exact prompts only: a prompt a dialog builds must not be answered for a merely similar one.
        AnswerCacheService exactPrompts = AnswerCacheService.exactOnly(cacheStore);
        all.add(new LlmKeyword(llmSettings, model, bots, exactPrompts, exactPrompts));
        return new CapabilityRegistry(all);
    }

    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Anonymous web clients start conversations with public bots only: {@code public} in config.csv, else
     * {@code bots.public.default} (env BOTS_PUBLIC_DEFAULT; true, so the zero-config server is usable at once).
     */
    @Produces
    @ApplicationScoped
    AdmitStart admitStart(BotCatalog bots,
                          @ConfigProperty(name = "bots.public.default", defaultValue = "true") boolean publicByDefault) {
        return new AdmitStartService(bots, publicByDefault);
    }

    @Produces
    @ApplicationScoped
    StartConversation startConversation(ConversationStore store, BotCatalog bots, Clock clock,
                                        Capabilities capabilities) {
        return new StartConversationService(store, bots, clock, Limits.defaults(), capabilities);
    }

    /** Messages no dialog waits for go to the language model, through the answer cache of bots that turn it on. */
    @Produces
    @ApplicationScoped
    SendMessage sendMessage(ConversationStore store, BotCatalog bots, Clock clock, Capabilities capabilities,
                            LlmSettingsSource llmSettings, LanguageModel model, FindCachedAnswer findCached,
                            RememberAnswer remember, RateBuckets buckets, RateLimit messagesPerConversation,
                            KnowledgeContext knowledge) {
        return new RateLimitedSendMessage(new SendMessageService(store, bots, clock, Limits.defaults(), capabilities,
                new LlmAnswerService(llmSettings, model, store, Limits.defaults(), capabilities, findCached, remember,
                        knowledge)),
                buckets, messagesPerConversation);
    }

    @Produces
    @ApplicationScoped
    ReadHistory readHistory(ConversationStore store) {
        return new ReadHistoryService(store);
    }

    @Produces
    @ApplicationScoped
    ReadConversation readConversation(ConversationStore store) {
        return new ReadConversationService(store);
    }

    @Produces
    @ApplicationScoped
    ListBots listBots(BotCatalog bots) {
        return new ListBotsService(bots);
    }
}
