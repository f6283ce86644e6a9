package it.org.botserver.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.bots.BotAdmin;
import it.org.botserver.security.TokenMint;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operator reads a bot's table on the running server: {@code GET /api/bots/{id}/tables/{table}} with FIND's
 * filter and cap, rows as JSON; unknown bots and tables are 404, a filter FIND refuses is 400, admins only.
 */
class BotTableApiIT {

    private static final String BOT = "tables-api-" + Long.toHexString(System.nanoTime());
    private final ServerClient server = new ServerClient();

    @BeforeAll
    static void deployABotWithSeededOrders() {
        Reply deployed = new BotAdmin().upload(BotAdmin.zip(BOT + ".gbai/" + BOT + ".gbdialog/start.bas", "TALK \"Hi\"\n",
                BOT + ".gbai/" + BOT + ".gbdata/orders.csv", "item,qty,paid\npen,2,TRUE\nink,1,FALSE\npad,5,TRUE\n"));
        assertTrue(deployed.status() == 201 || deployed.status() == 200, deployed.status() + " " + deployed.body());
    }

    @AfterAll
    static void removeIt() {
        BotAdmin.remove(BOT);
    }

    @Test
    void the_rows_a_find_filter_selects_come_as_json_in_id_order() {
        Reply paid = read("orders?filter=" + encode("paid = TRUE AND item LIKE 'p%'"), admin());

        assertEquals(200, paid.status(), paid.body());
        List<JsonObject> rows = paid.array().getValuesAs(JsonObject.class);
        assertEquals(List.of("pen", "pad"), rows.stream().map(row -> row.getString("item")).toList());
        assertEquals(1, rows.getFirst().getInt("id"));
        assertEquals(2, rows.getFirst().getInt("qty"));
        assertTrue(rows.getFirst().getBoolean("paid"));
    }

    @Test
    void the_limit_caps_the_rows_and_no_filter_reads_them_all() {
        assertEquals(3, read("orders", admin()).array().size());
        assertEquals(1, read("orders?limit=1", admin()).array().size());
        assertEquals(400, read("orders?limit=0", admin()).status());
    }

    @Test
    void an_unknown_table_or_bot_is_a_404_problem() {
        Reply table = read("invoices", admin());
        assertEquals(404, table.status(), table.body());
        assertEquals("/problems/unknown-table", table.json().getString("type"));

        Reply bot = server.getWith("/api/bots/no-such-bot/tables/orders", "Authorization", admin());
        assertEquals(404, bot.status(), bot.body());
        assertEquals("/problems/unknown-bot", bot.json().getString("type"));
    }

    @Test
    void a_filter_find_would_refuse_is_a_400_problem_with_the_reason() {
        Reply or = read("orders?filter=" + encode("qty > 1 OR 1 = 1"), admin());
        assertEquals(400, or.status(), or.body());

        Reply column = read("orders?filter=" + encode("colour = red"), admin());
        assertEquals(400, column.status(), column.body());
        assertTrue(column.json().getString("detail").contains("colour"), column.body());
    }

    @Test
    void only_operators_may_read_a_bots_tables() {
        assertEquals(401, server.getWith("/api/bots/" + BOT + "/tables/orders").status());
        assertEquals(403, read("orders", "Bearer " + TokenMint.token("ana", "user")).status());
    }

    private Reply read(String tableAndQuery, String authorization) {
        return server.getWith("/api/bots/" + BOT + "/tables/" + tableAndQuery, "Authorization", authorization);
    }

    private static String admin() {
        return "Bearer " + BotAdmin.token();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
