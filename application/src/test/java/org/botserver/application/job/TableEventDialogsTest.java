package org.botserver.application.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.memory.InMemoryMemoryStore;
import org.botserver.application.memory.MemoryKey;
import org.botserver.application.memory.MemoryKeywordsHandler;
import org.botserver.application.table.TableChange;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** A dialog declaring ON INSERT OF "orders" runs when a row is inserted into orders, with the row in hand. */
class TableEventDialogsTest {

    private static final BotId SHOP = new BotId("shop");

    private final InMemoryMemoryStore memory = new InMemoryMemoryStore();
    private final AtomicInteger inserts = new AtomicInteger();
    private TableEventDialogs listener;

    /** INSERT as the table helper performs it: after the write, listeners hear of the row. */
    private final CapabilityHandler insert = new CapabilityHandler() {
        @Override public Set<String> keywords() { return Set.of("INSERT"); }

        @Override public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
            inserts.incrementAndGet();
            listener.changed(new TableChange(scope.botId(), capability.arguments().getFirst().asText(),
                    TableChange.Kind.INSERT, Map.of("id", NumberValue.of(inserts.get()))));
            return new CapabilityResult.Performed(NumberValue.of(inserts.get()));
        }
    };

    private void load(String... nameAndSource) {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < nameAndSource.length; i += 2) {
            files.add(new SourceFile("shop.gbdialog/" + nameAndSource[i] + ".bas", nameAndSource[i + 1]));
        }
        Bot bot = switch (Bot.load(BotPackage.ofDialogs(SHOP, files), java.time.Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
        UnattendedRun runner = new UnattendedRun(new CapabilityRegistry(List.of(
                new MemoryKeywordsHandler(memory, Clock.systemUTC()), insert)), Limits.defaults());
        listener = new TableEventDialogs(new LoadedBots(List.of(bot), List.of()), runner);
    }

    private Value kept(String key) {
        return memory.botMemory(SHOP, new MemoryKey(key)).orElse(NullValue.NULL);
    }

    private static TableChange change(TableChange.Kind kind, String table, Map<String, Value> row) {
        return new TableChange(SHOP, table, kind, row);
    }

    @Test
    void the_dialog_sees_the_inserted_row_the_table_and_the_event() {
        load("start", "TALK \"hi\"", "on_order", """
                ON INSERT OF "orders.csv"
                SET BOT MEMORY "last", event & " " & table & " " & row.customer & " " & row.total
                """);

        listener.changed(change(TableChange.Kind.INSERT, "orders", Map.of("customer", new TextValue("Ana"),
                "total", NumberValue.of(12))));

        assertEquals(new TextValue("INSERT orders Ana 12"), kept("last"));
    }

    @Test
    void other_kinds_and_other_tables_do_not_run_it() {
        load("start", "TALK \"hi\"", "on_order", "ON DELETE OF \"orders\"\nSET BOT MEMORY \"ran\", TRUE");

        listener.changed(change(TableChange.Kind.INSERT, "orders", Map.of()));
        listener.changed(change(TableChange.Kind.DELETE, "customers", Map.of()));
        listener.changed(new TableChange(new BotId("other"), "orders", TableChange.Kind.DELETE, Map.of()));
        assertEquals(NullValue.NULL, kept("ran"));

        listener.changed(change(TableChange.Kind.DELETE, "orders", Map.of()));
        assertEquals(new TextValue("TRUE"), new TextValue(kept("ran").asText()));
    }

    @Test
    void every_dialog_listening_to_the_event_runs() {
        load("start", "TALK \"hi\"",
                "audit", "ON UPDATE OF \"orders\"\nSET BOT MEMORY \"audit\", row.id",
                "notify", "ON UPDATE OF \"orders\"\nSET BOT MEMORY \"notify\", row.id");

        listener.changed(change(TableChange.Kind.UPDATE, "orders", Map.of("id", NumberValue.of(7))));

        assertEquals(NumberValue.of(7), kept("audit"));
        assertEquals(NumberValue.of(7), kept("notify"));
    }

    @Test
    void a_dialog_that_inserts_into_its_own_table_stops_after_a_few_nested_runs() {
        load("start", "TALK \"hi\"", "copy", "ON INSERT OF \"orders\"\nid = INSERT \"orders\", row");

        listener.changed(change(TableChange.Kind.INSERT, "orders", Map.of()));

        assertEquals(TableEventDialogs.MAX_NESTING, inserts.get());
    }

    @Test
    void a_failing_dialog_neither_throws_into_the_writer_nor_stops_the_next_listener() {
        load("start", "TALK \"hi\"", "a_broken", "ON INSERT OF \"orders\"\nx = 1 / 0",
                "b_fine", "ON INSERT OF \"orders\"\nSET BOT MEMORY \"fine\", row.id");

        listener.changed(change(TableChange.Kind.INSERT, "orders", Map.of("id", NumberValue.of(3))));

        assertEquals(Optional.of(NumberValue.of(3)), memory.botMemory(SHOP, new MemoryKey("fine")));
    }
}
