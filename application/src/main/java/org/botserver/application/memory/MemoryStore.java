package org.botserver.application.memory;

import java.time.Instant;
import java.util.Optional;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Keeps BASIC values between conversations: per bot (SET BOT MEMORY), per user across bots (SET USER MEMORY) and
 * per user of one bot until an expiry (REMEMBER). Values come back exactly as kept; keeping NULL forgets the key.
 * Throws {@link MemoryStoreException} when the store cannot be reached.
 */
@SecondaryPort
public interface MemoryStore {

    void keepBotMemory(BotId bot, MemoryKey key, Value value);

    Optional<Value> botMemory(BotId bot, MemoryKey key);

    void keepUserMemory(String userId, MemoryKey key, Value value);

    Optional<Value> userMemory(String userId, MemoryKey key);

    /** Keeps the value for this user of this bot until {@code expiresAt}, replacing what was remembered before. */
    void remember(BotId bot, String userId, MemoryKey key, Value value, Instant expiresAt);

    /** The value remembered for this user of this bot, unless it expired at or before {@code now}. */
    Optional<Value> recall(BotId bot, String userId, MemoryKey key, Instant now);

    /** Deletes every remembered value expired at {@code now}; returns how many. */
    int forgetExpired(Instant now);
}
