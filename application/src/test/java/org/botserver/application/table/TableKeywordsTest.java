package org.botserver.application.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.junit.jupiter.api.Test;

/** Dialogs store and read rows with FIND, SAVE, INSERT, UPDATE, DELETE and MERGE, and get BASIC values back. */
class TableKeywordsTest {

    private final InMemoryBotTables tables = new InMemoryBotTables();

    private List<String> run(String source) {
        CapabilityRegistry registry = new CapabilityRegistry(List.of(new TableKeywordsHandler(tables, List.of(), 1000)));
        return new StartConversationService(new InMemoryConversationStore(), TestBots.catalog(TestBots.bot("shop", source)),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), Limits.defaults(), registry)
                .start(StartConversationCommand.of("shop", "ana")).replies().stream().map(Message::content).toList();
    }

    @Test
    void save_matches_variables_to_columns_and_find_gives_the_rows_as_objects() {
        List<String> replies = run("""
                name = "Ana"
                email = "ana@example.com"
                SAVE "customers.csv", name, email
                SAVE "customers.csv", { name: "Bob", city: "Rio" }
                rows = FIND "customers.csv", "city = Rio"
                TALK UBOUND(rows) + 1
                TALK rows[0].name & " " & rows[0].id
                all = FIND "customers"
                TALK all[0].email & " " & all[1].email
                """);

        assertEquals(List.of("1", "Bob 2", "ana@example.com "), replies);
    }

    @Test
    void save_with_one_variable_stores_its_column_or_the_whole_row_it_holds() {
        List<String> replies = run("""
                name = "Cy"
                SAVE "people", name
                row = { name: "Di", city: "Rio" }
                SAVE "people", row
                all = FIND "people"
                TALK all[0].name & " " & all[1].name & " " & all[1].city
                """);

        assertEquals(List.of("Cy Di Rio"), replies);
    }

    @Test
    void insert_gives_the_id_and_update_and_delete_give_the_number_of_rows() {
        List<String> replies = run("""
                id = INSERT "orders", { item: "pen", qty: 1 }
                INSERT "orders", { item: "ink", qty: 1 }
                count = UPDATE "orders", "qty = 1 AND id >= ${id}", { qty: 2 }
                gone = DELETE "orders", "item = ink"
                left = FIND "orders"
                TALK id & " " & count & " " & gone & " " & left[0].item & " " & left[0].qty
                """);

        assertEquals(List.of("1 2 1 pen 2"), replies);
    }

    @Test
    void merge_reports_what_it_inserted_updated_and_left_alone() {
        List<String> replies = run("""
                SAVE "customers", { email: "ana@x.org", name: "Ana" }
                SAVE "customers", { email: "bob@x.org", name: "Bob" }
                result = MERGE "customers", [{ email: "ana@x.org", name: "Ana" }, { email: "bob@x.org", name: "Robert" }, { email: "cy@x.org", name: "Cy" }], "email"
                TALK result.inserted & " " & result.updated & " " & result.unchanged
                """);

        assertEquals(List.of("1 1 1"), replies);
        assertEquals(3, tables.find(new BotId("shop"), new TableName("customers"), TableFilter.ALL, 10).size());
    }

    @Test
    void find_on_a_table_never_written_gives_an_empty_array() {
        assertEquals(List.of("0"), run("rows = FIND \"nothing_yet\", \"a = 1\"\nTALK UBOUND(rows) + 1"));
    }

    @Test
    void a_refused_filter_ends_the_dialog_and_changes_nothing() {
        List<String> replies = run("""
                INSERT "orders", { item: "pen" }
                DELETE "orders", "id = 1 OR 1=1"
                TALK "not reached"
                """);

        assertEquals(List.of("Sorry, something went wrong in this conversation and it has ended."), replies);
        assertEquals(1, tables.find(new BotId("shop"), new TableName("orders"), TableFilter.ALL, 10).size());
    }
}
