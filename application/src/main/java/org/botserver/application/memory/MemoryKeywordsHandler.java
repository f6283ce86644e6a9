package org.botserver.application.memory;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.runtime.ValueCodec;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.conversation.TurnScope;
import org.botserver.domain.memory.Retention;

/**
 * SET BOT MEMORY / GET BOT MEMORY (per bot), SET USER MEMORY / GET USER MEMORY (per user, across bots), and
 * REMEMBER / RECALL (per user of this bot, until the retention given runs out). A key never kept reads as NULL.
 */
public final class MemoryKeywordsHandler implements CapabilityHandler {

    /** Larger values belong in a bot table or a file, not in memory kept with every key. */
    static final int MAX_VALUE_BYTES = 1 << 20;

    private static final System.Logger LOG = System.getLogger(MemoryKeywordsHandler.class.getName());

    private final MemoryStore store;
    private final Clock clock;

    public MemoryKeywordsHandler(MemoryStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Set<String> keywords() {
        return Set.of("SET BOT MEMORY", "GET BOT MEMORY", "SET USER MEMORY", "GET USER MEMORY", "REMEMBER", "RECALL");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        String keyword = capability.keyword();
        List<Value> arguments = capability.arguments();
        try {
            return switch (keyword) {
                case "SET BOT MEMORY" -> keep(arguments, 2, keyword + " \"theme\", \"dark\"",
                        (key, value) -> store.keepBotMemory(scope.botId(), key, value));
                case "SET USER MEMORY" -> keep(arguments, 2, keyword + " \"language\", \"pt\"",
                        (key, value) -> store.keepUserMemory(scope.userId(), key, value));
                case "REMEMBER" -> {
                    Retention retention = arguments.size() == 3 ? Retention.parse(arguments.get(2).asText()) : null;
                    yield keep(arguments, 3, "REMEMBER \"visits\", 3, \"7 days\"", (key, value) -> store.remember(
                            scope.botId(), scope.userId(), key, value, retention.expiresAfter(clock.instant())));
                }
                case "GET BOT MEMORY" -> read(arguments, keyword, key -> store.botMemory(scope.botId(), key));
                case "GET USER MEMORY" -> read(arguments, keyword, key -> store.userMemory(scope.userId(), key));
                case "RECALL" -> read(arguments, keyword,
                        key -> store.recall(scope.botId(), scope.userId(), key, clock.instant()));
                default -> new CapabilityResult.Unavailable(keyword);
            };
        } catch (IllegalArgumentException e) {
            return new CapabilityResult.Failed(e.getMessage());
        } catch (MemoryStoreException e) {
            LOG.log(Level.WARNING, keyword + " for bot " + scope.botId() + " failed: " + e.getMessage(), e);
            return new CapabilityResult.Failed("the memory store cannot be reached right now; try again later.");
        }
    }

    private interface Keep {
        void keep(MemoryKey key, Value value);
    }

    private interface Read {
        Optional<Value> read(MemoryKey key);
    }

    private static CapabilityResult keep(List<Value> arguments, int count, String example, Keep keep) {
        if (arguments.size() != count) {
            throw new IllegalArgumentException("it needs " + (count == 2 ? "a key and a value" : "a key, a value and"
                    + " how long to keep it") + ", as in " + example + ".");
        }
        Value value = arguments.get(1);
        int size = ValueCodec.toBytes(value).length;
        if (size > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("the value takes " + size + " bytes; memory keeps at most "
                    + MAX_VALUE_BYTES + " per key.");
        }
        keep.keep(new MemoryKey(arguments.getFirst().asText()), value);
        return new CapabilityResult.Performed(NullValue.NULL);
    }

    private static CapabilityResult read(List<Value> arguments, String keyword, Read read) {
        if (arguments.size() != 1) throw new IllegalArgumentException("it needs one key, as in " + keyword + " \"theme\".");
        Value value = read.read(new MemoryKey(arguments.getFirst().asText())).orElse(NullValue.NULL);
        return new CapabilityResult.Performed(value);
    }
}
