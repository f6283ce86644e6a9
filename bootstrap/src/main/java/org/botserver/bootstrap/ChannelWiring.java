package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.botserver.adapter.in.channel.http.Pacing;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.adapter.in.channel.http.RetryPolicy;
import org.botserver.adapter.in.channel.telegram.TelegramBotApi;
import org.botserver.adapter.in.channel.whatsapp.WhatsAppCloudApi;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.channel.ChannelSender;
import org.botserver.application.channel.ChannelSenders;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.ChannelStore;
import org.botserver.application.channel.ForgetOldChannelRecords;
import org.botserver.application.channel.MediaIntake;
import org.botserver.application.channel.ForgetOldChannelRecordsService;
import org.botserver.application.channel.ReceiveChannelMessage;
import org.botserver.application.channel.ReceiveChannelMessageService;
import org.botserver.application.channel.RecordDeliveryStatus;
import org.botserver.application.channel.RecordDeliveryStatusService;
import org.botserver.application.channel.ReplayUnansweredMessages;
import org.botserver.application.channel.ReplayUnansweredMessagesService;
import org.botserver.application.channel.TalkToHandler;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.mail.QueueMail;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.StartConversation;
import org.botserver.domain.channel.Channel;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The WhatsApp and Telegram channels: their senders on the JDK HTTP client, the use case that takes their
 * webhooks, the TALK TO handler, and the worker pool everything runs on, closed with the application.
 */
@ApplicationScoped
public class ChannelWiring {

    @Produces
    @Singleton
    ChannelWorkers workers(@ConfigProperty(name = "channels.workers", defaultValue = "4") int threads) {
        return new ChannelWorkers(threads);
    }

    void closeWorkers(@Disposes ChannelWorkers workers) {
        workers.close();
    }

    @Produces
    @ApplicationScoped
    ChannelSettings channelSettings(BotCatalog bots) {
        ChannelSettings serverWide = new MicroProfileChannelSettings(ConfigProvider.getConfig());
        return new BotConfigFirst(bots, serverWide::get)::value;
    }

    @Produces
    @ApplicationScoped
    ChannelStore channelStore(Database database) {
        return database.channels();
    }

    // Typed to their own class: as ChannelSender beans they would be ambiguous with the routing sender below.
    @Produces
    @Singleton
    @Typed(WhatsAppCloudApi.class)
    WhatsAppCloudApi whatsApp(ChannelWorkers workers, ChannelSettings settings,
                              @ConfigProperty(name = "whatsapp.graph.url", defaultValue = "https://graph.facebook.com") String graph,
                              // The Cloud API's default throughput is 80 messages a second per business number.
                              @ConfigProperty(name = "whatsapp.pacing.ms", defaultValue = "13") long pacing) {
        return new WhatsAppCloudApi(URI.create(graph), settings, workers.client(RetryPolicy.standard(),
                new Pacing(Duration.ofMillis(pacing)), ProviderClient::retryAfterHeader));
    }

    @Produces
    @Singleton
    @Typed(TelegramBotApi.class)
    TelegramBotApi telegram(ChannelWorkers workers, ChannelSettings settings,
                            @ConfigProperty(name = "telegram.api.url", defaultValue = "https://api.telegram.org") String api,
                            // Telegram allows about 30 messages a second per bot.
                            @ConfigProperty(name = "telegram.pacing.ms", defaultValue = "34") long pacing) {
        return new TelegramBotApi(URI.create(api), settings, workers.client(RetryPolicy.standard(),
                new Pacing(Duration.ofMillis(pacing)), TelegramBotApi::retryAfter));
    }

    @Produces
    @Singleton
    ChannelSender channelSenders(WhatsAppCloudApi whatsApp, TelegramBotApi telegram) {
        return new ChannelSenders(Map.of(Channel.WHATSAPP, whatsApp, Channel.TELEGRAM, telegram));
    }

    /** Files users send are fetched through the same clients (and API urls) the senders use. */
    @Produces
    @Singleton
    MediaIntake mediaIntake(WhatsAppCloudApi whatsApp, TelegramBotApi telegram, ChannelStore store, Clock clock,
                            @ConfigProperty(name = "channels.media.max.mb", defaultValue = "16") int maxMegabytes) {
        return new MediaIntake(Map.of(Channel.WHATSAPP, whatsApp.mediaDownload(), Channel.TELEGRAM, telegram.fileDownload()),
                store, maxMegabytes * 1024L * 1024L, clock);
    }

    // One service both takes webhooks and replays the unanswered ones: it knows which are still queued here.
    @Produces
    @Singleton
    @Typed(ReceiveChannelMessageService.class)
    ReceiveChannelMessageService receiveChannelMessageService(ChannelStore store, StartConversation start,
                                                              SendMessage send, ReadConversation read,
                                                              ChannelSender senders, MediaIntake media,
                                                              ChannelWorkers workers, Clock clock) {
        return new ReceiveChannelMessageService(store, start, send, read, senders, media, workers.executor(), clock);
    }

    @Produces
    @ApplicationScoped
    ReceiveChannelMessage receiveChannelMessage(ReceiveChannelMessageService service) {
        return service;
    }

    @Produces
    @ApplicationScoped
    ReplayUnansweredMessages replayUnansweredMessages(ChannelStore store, ReceiveChannelMessageService receive, Clock clock,
            // Longer than a turn takes on another server, or that server's message would be answered twice.
            @ConfigProperty(name = "channels.inbox.stale.seconds", defaultValue = "120") int staleSeconds) {
        return new ReplayUnansweredMessagesService(store, receive, Duration.ofSeconds(staleSeconds), clock);
    }

    @Produces
    @ApplicationScoped
    ForgetOldChannelRecords forgetOldChannelRecords(ChannelStore store, Clock clock,
            // WhatsApp retries a webhook for up to 7 days.
            @ConfigProperty(name = "channels.deliveries.retention.days", defaultValue = "7") int deliveryDays,
            @ConfigProperty(name = "channels.media.retention.days", defaultValue = "30") int mediaDays) {
        return new ForgetOldChannelRecordsService(store, Duration.ofDays(deliveryDays), Duration.ofDays(mediaDays), clock);
    }

    @Produces
    @ApplicationScoped
    RecordDeliveryStatus recordDeliveryStatus(ChannelStore store) {
        return new RecordDeliveryStatusService(store);
    }

    /** Collected by Wiring's capability registry with every other CapabilityHandler. */
    @Produces
    @Singleton
    CapabilityHandler talkTo(ChannelStore store, ChannelSender senders, QueueMail mail) {
        return new TalkToHandler(store, senders, mail);
    }
}
