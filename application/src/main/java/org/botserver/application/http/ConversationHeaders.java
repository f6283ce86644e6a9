package org.botserver.application.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.capability.JsonValues;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.ConversationId;

/**
 * The headers SET HEADER gave one conversation, kept in the shared cache so they outlive a HEAR (the next turn may
 * run on another server) and are forgotten a week after the conversation last sent a request.
 */
final class ConversationHeaders {

    static final Duration KEPT_FOR = Duration.ofDays(7);

    private final CacheStore cache;

    ConversationHeaders(CacheStore cache) {
        this.cache = cache;
    }

    /** The conversation's headers in the order they were first set. */
    Map<String, String> of(ConversationId conversation) {
        Optional<String> kept = cache.getAndTouch(key(conversation), KEPT_FOR);
        Map<String, String> headers = new LinkedHashMap<>();
        if (kept.isEmpty()) return headers;
        Value parsed = JsonValues.read(kept.get());
        if (parsed instanceof ObjectValue object) object.fields().forEach((name, value) -> headers.put(name, value.asText()));
        return headers;
    }

    /** Sets (or with an empty value removes) one header; a name differing only in case replaces the earlier one. */
    void set(ConversationId conversation, String name, String value) {
        Map<String, String> headers = of(conversation);
        headers.keySet().removeIf(name::equalsIgnoreCase);
        if (!value.isEmpty()) headers.put(name, value);
        if (headers.isEmpty()) {
            cache.remove(key(conversation));
            return;
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        headers.forEach((n, v) -> fields.put(n, new TextValue(v)));
        String json = JsonValues.write(new ObjectValue(fields));
        cache.put(key(conversation), json, KEPT_FOR);
    }

    private static String key(ConversationId conversation) {
        return "http-headers:" + conversation;
    }
}
