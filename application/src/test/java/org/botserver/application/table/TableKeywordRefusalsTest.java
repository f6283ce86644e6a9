package org.botserver.application.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
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

/** What the table keywords refuse, each with a plain message, and what they leave to other modules. */
class TableKeywordRefusalsTest {

    private static final TurnScope SCOPE = new TurnScope(new BotId("shop"), ConversationId.random(), "ana");

    private final InMemoryBotTables tables = new InMemoryBotTables();
    private final TableKeywordsHandler handler = new TableKeywordsHandler(tables, List.of(), 2);

    private CapabilityResult perform(String keyword, Value... arguments) {
        return handler.perform(new Effect.Capability(keyword, List.of(arguments)), SCOPE);
    }

    private String failure(String keyword, Value... arguments) {
        return assertInstanceOf(CapabilityResult.Failed.class, perform(keyword, arguments)).message();
    }

    private static ObjectValue object(String field, Value value) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put(field, value);
        return new ObjectValue(fields);
    }

    private static TextValue text(String value) {
        return new TextValue(value);
    }

    @Test
    void delete_of_a_url_is_the_http_keyword_which_this_server_does_not_have() {
        assertEquals(new CapabilityResult.Unavailable("DELETE"), perform("DELETE", text("https://api.example.com/items/3")));
        assertEquals(new CapabilityResult.Unavailable("DELETE"), perform("DELETE", text("HTTP://example.com")));
    }

    @Test
    void a_table_name_that_is_not_an_identifier_is_refused_and_nothing_is_written() {
        assertTrue(failure("INSERT", text("orders; DROP TABLE x"), object("a", text("1"))).contains("is not a table name"));
        assertTrue(failure("FIND", NumberValue.of(3)).contains("must be named by text"));
    }

    @Test
    void update_and_delete_need_a_filter_so_a_slip_cannot_change_every_row() {
        perform("INSERT", text("orders"), object("item", text("pen")));

        assertTrue(failure("DELETE", text("orders"), text(" ")).startsWith("A filter naming the rows is needed"));
        assertTrue(failure("UPDATE", text("orders"), text(""), object("item", text("x"))).startsWith("A filter naming the rows is needed"));
        assertEquals(1, tables.find(SCOPE.botId(), new TableName("orders"), TableFilter.ALL, 10).size());
    }

    @Test
    void wrong_arguments_are_refused_with_the_keywords_usage() {
        assertEquals("Expected SAVE \"table\", row, got 1 argument.", failure("SAVE", text("orders")));
        assertTrue(failure("SAVE", text("orders"), text("pen")).contains("must be an object"));
        assertTrue(failure("SAVE", text("orders"), object("tags", ArrayValue.empty())).contains("a table cell holds"));
        assertTrue(failure("MERGE", text("orders"), text("x"), text("email")).contains("list of objects"));
        assertTrue(failure("MERGE", text("orders"), ArrayValue.of(List.of(object("name", text("Ana")))), text("email"))
                .contains("has no email, the key column"));
    }

    @Test
    void a_filter_naming_an_unknown_column_is_a_clear_error() {
        perform("INSERT", text("orders"), object("item", text("pen")));

        assertTrue(failure("FIND", text("orders"), text("itme = pen")).contains("has no column itme"));
    }

    @Test
    void find_returns_no_more_rows_than_the_configured_limit() {
        for (int i = 0; i < 3; i++) perform("INSERT", text("orders"), object("n", NumberValue.of(i)));

        Value rows = assertInstanceOf(CapabilityResult.Performed.class, perform("FIND", text("orders"))).value();
        assertEquals(2, assertInstanceOf(ArrayValue.class, rows).size());
    }

    @Test
    void tables_that_fail_unexpectedly_give_a_plain_message_not_a_stack_trace() {
        TableKeywordsHandler broken = new TableKeywordsHandler(new InMemoryBotTables() {
            @Override
            public java.util.List<TableRow> find(BotId bot, TableName table, TableFilter filter, int limit) {
                throw new IllegalStateException("connection refused: db:5432");
            }
        }, List.of(), 10);

        CapabilityResult result = broken.perform(new Effect.Capability("FIND", List.of(text("orders"))), SCOPE);
        assertEquals(new CapabilityResult.Failed("the bot's tables could not be reached just now; please try again later."), result);
    }
}
