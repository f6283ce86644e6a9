package org.botserver.domain.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A dialog's ON … OF declarations and schedules are known once it compiles. */
class TableEventDeclarationTest {

    private static Program compile(String source) {
        return switch (BasicCompiler.compile(new SourceFile("bot.gbdialog/on_order.bas", source))) {
            case CompileResult.Compiled compiled -> compiled.program();
            case CompileResult.Failed failed -> throw new AssertionError(failed.diagnostics());
        };
    }

    @Test
    void a_dialog_declares_the_table_events_it_handles_in_source_order() {
        Program program = compile("""
                ON INSERT OF "orders.csv"
                on update of "Orders"
                ON DELETE OF "customers"
                TALK row.id
                """);

        assertEquals(List.of(new TableEvent(TableEvent.Kind.INSERT, "orders"),
                new TableEvent(TableEvent.Kind.UPDATE, "orders"),
                new TableEvent(TableEvent.Kind.DELETE, "customers")), program.events());
        assertEquals(List.of(), program.schedules());
    }

    @Test
    void an_event_matches_its_kind_on_its_table_however_the_table_is_spelt() {
        TableEvent event = new TableEvent(TableEvent.Kind.INSERT, "Orders.csv");

        assertTrue(event.matches(TableEvent.Kind.INSERT, "orders"));
        assertTrue(event.matches(TableEvent.Kind.INSERT, "ORDERS.CSV"));
        assertFalse(event.matches(TableEvent.Kind.UPDATE, "orders"));
        assertFalse(event.matches(TableEvent.Kind.INSERT, "order_items"));
    }

    @Test
    void a_dialog_with_a_schedule_phrase_compiles_with_it() {
        Program program = compile("""
                SET SCHEDULE "every day at 9:00"
                TALK "good morning"
                """);

        assertEquals(List.of("every day at 9:00"), program.schedules());
        assertEquals(List.of(), program.events());
    }
}
