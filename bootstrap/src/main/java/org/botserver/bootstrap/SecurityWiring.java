package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.botserver.adapter.out.persistence.bucket4j.Bucket4jRateBuckets;
import org.botserver.application.access.AdmitRequest;
import org.botserver.application.access.AdmitRequestService;
import org.botserver.application.access.AuthorizeConversation;
import org.botserver.application.access.ConversationAccessService;
import org.botserver.application.access.ConversationTokens;
import org.botserver.application.access.IssueConversationToken;
import org.botserver.application.access.ListConversations;
import org.botserver.application.access.ListConversationsService;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;
import org.botserver.application.conversation.ConversationStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Conversation ownership, conversation tokens and rate limits, from MicroProfile Config. */
@ApplicationScoped
public class SecurityWiring {

    /** One service behind both ports; typed by them, since the final class itself cannot be proxied. */
    @Produces
    @ApplicationScoped
    @Typed({AuthorizeConversation.class, IssueConversationToken.class})
    ConversationAccessService conversationAccess(ConversationStore store, Clock clock,
            @ConfigProperty(name = "conversation.token.secret") Optional<String> secret,
            @ConfigProperty(name = "conversation.token.ttl", defaultValue = "PT30M") String ttl,
            @ConfigProperty(name = "data.dir", defaultValue = "data") String dataDir) {
        return new ConversationAccessService(store,
                new ConversationTokens(HmacTokenSignature.of(secret.filter(s -> !s.isBlank()), Path.of(dataDir)),
                        Duration.parse(ttl)), clock);
    }

    @Produces
    @ApplicationScoped
    ListConversations listConversations(ConversationStore store) {
        return new ListConversationsService(store);
    }

    /** In Redis when REDIS_URL is set, so the limits hold across servers; else in this process. */
    @Produces
    @ApplicationScoped
    RateBuckets rateBuckets(CacheWiring caches) {
        return caches.sharedRateBuckets().orElseGet(Bucket4jRateBuckets::new);
    }

    @Produces
    @ApplicationScoped
    AdmitRequest admitRequest(RateBuckets buckets,
            @ConfigProperty(name = "rate.requests.per.second", defaultValue = "100") long perSecond,
            @ConfigProperty(name = "rate.requests.burst", defaultValue = "150") long burst) {
        return new AdmitRequestService(buckets, RateLimit.requestsPerClient(perSecond, burst));
    }

    /** The message budget of one conversation, applied to every channel that sends messages. */
    @Produces
    @Dependent
    RateLimit messagesPerConversation(
            @ConfigProperty(name = "rate.messages.per.minute", defaultValue = "60") long perMinute) {
        return RateLimit.messagesPerConversation(perMinute);
    }
}
