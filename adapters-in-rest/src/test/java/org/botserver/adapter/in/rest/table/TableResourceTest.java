package org.botserver.adapter.in.rest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.bot.ReadTableQuery;
import org.botserver.application.table.TableException;
import org.botserver.application.table.TableRow;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.junit.jupiter.api.Test;

/** The table listing turns the request into a FIND query and each row into a JSON object; only admins may ask. */
class TableResourceTest {

    private final List<ReadTableQuery> asked = new ArrayList<>();
    private final TableResource resource = new TableResource();

    TableResourceTest() {
        resource.readBotTable = query -> {
            asked.add(query);
            Map<String, Value> values = new LinkedHashMap<>();
            values.put("subject", new TextValue("The printer is on fire"));
            values.put("priority", NumberValue.of(2.5));
            values.put("open", BoolValue.TRUE);
            values.put("due", new DateValue(LocalDateTime.of(2026, 11, 25, 0, 0)));
            values.put("owner", NullValue.NULL);
            return List.of(TableRow.of(7, values));
        };
    }

    @Test
    void each_row_is_an_object_with_numbers_booleans_and_null_as_json_has_them() {
        assertEquals("[{\"id\":7,\"subject\":\"The printer is on fire\",\"priority\":2.5,\"open\":true,"
                + "\"due\":\"2026-11-25\",\"owner\":null}]", resource.rows("helpdesk", "tickets", null, null).toString());
    }

    @Test
    void the_filter_and_limit_go_to_the_query_as_find_reads_them() {
        resource.rows("helpdesk", "Tickets", "priority >= 2 AND subject LIKE '%fire%'", 5);

        ReadTableQuery query = asked.getFirst();
        assertEquals("tickets", query.table().value());
        assertEquals(2, query.filter().conditions().size());
        assertEquals(5, query.limit().getAsInt());
        assertEquals(new BigDecimal("2.5"), ((NumberValue) resource.readBotTable.read(query).getFirst().values()
                .get("priority")).value());
    }

    @Test
    void a_bad_filter_limit_or_bot_id_is_refused_before_anything_is_read() {
        assertThrows(TableException.class, () -> resource.rows("helpdesk", "tickets", "1 = 1; drop", null));
        assertThrows(TableException.class, () -> resource.rows("helpdesk", "tickets", null, 0));
        assertThrows(TableException.class, () -> resource.rows("helpdesk", "no tables!", null, null));
        assertThrows(UnknownBotException.class, () -> resource.rows("Not A Bot!", "tickets", null, null));
        assertEquals(List.of(), asked);
    }

    @Test
    void only_admins_may_read_a_bots_table() throws NoSuchMethodException {
        RolesAllowed roles = TableResource.class.getMethod("rows", String.class, String.class, String.class, Integer.class)
                .getAnnotation(RolesAllowed.class);
        assertEquals(List.of("admin"), List.of(roles.value()));
    }
}
