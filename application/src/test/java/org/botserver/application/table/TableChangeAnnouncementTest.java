package org.botserver.application.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.junit.jupiter.api.Test;

/** Each committed row change reaches every table listener once, and a failing listener never undoes the write. */
class TableChangeAnnouncementTest {

    private static final BotId SHOP = new BotId("shop");
    private static final TurnScope SCOPE = new TurnScope(SHOP, ConversationId.random(), "ana");

    private final InMemoryBotTables tables = new InMemoryBotTables();
    private final List<TableChange> heard = new ArrayList<>();

    private Value perform(TableKeywordsHandler handler, String keyword, Value... arguments) {
        CapabilityResult result = handler.perform(new Effect.Capability(keyword, List.of(arguments)), SCOPE);
        return assertInstanceOf(CapabilityResult.Performed.class, result).value();
    }

    private static ObjectValue object(String field, Value value) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put(field, value);
        return new ObjectValue(fields);
    }

    @Test
    void insert_update_save_and_delete_announce_each_row_with_its_values() {
        TableKeywordsHandler handler = new TableKeywordsHandler(tables, List.of(heard::add), 100);

        perform(handler, "INSERT", new TextValue("orders"), object("item", new TextValue("pen")));
        perform(handler, "INSERT", new TextValue("Orders.csv"), object("item", new TextValue("ink")));
        perform(handler, "UPDATE", new TextValue("orders"), new TextValue("id >= 1"), object("qty", NumberValue.of(2)));
        perform(handler, "SAVE", new TextValue("orders"), object("id", NumberValue.of(1)));
        perform(handler, "DELETE", new TextValue("orders"), new TextValue("item = ink"));

        assertEquals(List.of(TableChange.Kind.INSERT, TableChange.Kind.INSERT, TableChange.Kind.UPDATE,
                TableChange.Kind.UPDATE, TableChange.Kind.UPDATE, TableChange.Kind.DELETE), heard.stream().map(TableChange::kind).toList());
        assertEquals(List.of("orders"), heard.stream().map(TableChange::table).distinct().toList());
        TableChange deleted = heard.getLast();
        assertEquals(SHOP, deleted.botId());
        assertEquals(new TextValue("ink"), deleted.row().get("item"));
        assertEquals(NumberValue.of(2), deleted.row().get("id"));
    }

    @Test
    void a_failing_listener_is_skipped_and_the_write_and_the_other_listeners_go_on() {
        TableChangeListener failing = change -> {
            throw new IllegalStateException("listener bug");
        };
        TableKeywordsHandler handler = new TableKeywordsHandler(tables, List.of(failing, heard::add), 100);

        Value id = perform(handler, "INSERT", new TextValue("orders"), object("item", new TextValue("pen")));

        assertEquals(NumberValue.of(1), id);
        assertEquals(1, heard.size());
        assertEquals(1, tables.find(SHOP, new TableName("orders"), TableFilter.ALL, 10).size());
    }

    @Test
    void a_refused_write_announces_nothing() {
        TableKeywordsHandler handler = new TableKeywordsHandler(tables, List.of(heard::add), 100);
        perform(handler, "INSERT", new TextValue("orders"), object("qty", NumberValue.of(1)));
        heard.clear();

        handler.perform(new Effect.Capability("INSERT", List.of(new TextValue("orders"), object("qty", new TextValue("lots")))), SCOPE);

        assertEquals(List.of(), heard);
    }
}
