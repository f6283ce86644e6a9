package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.table.TableKeywordsHandler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table keywords on the real database, attacked: SQL injection through filters and table names is refused
 * or bound harmlessly (the rows are counted behind the adapter's back), and each bot stays in its own schema.
 */
class PostgresBotTablesSafetyTest {

    private static Path serverDir;
    private static Path appDataDir;
    private static EmbeddedPostgresServer server;
    private static PostgresPersistence persistence;
    private static JdbcTarget target;

    /** The database started apart from the adapter, so the test can also look at it directly. */
    @BeforeAll
    static void startDatabase() {
        serverDir = TestDataDirectory.fresh(PostgresBotTablesSafetyTest.class);
        appDataDir = TestDataDirectory.fresh(PostgresBotTablesSafetyTest.class);
        server = EmbeddedPostgresServer.start(serverDir);
        target = server.target();
        persistence = PostgresPersistence.start(new PersistenceSettings(Optional.of(target.url()), target.user(),
                target.password(), appDataDir, 2));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        if (server != null) server.close();
        TestDataDirectory.delete(serverDir);
        TestDataDirectory.delete(appDataDir);
    }

    private static BotId freshBot() {
        return new BotId("b" + Long.toHexString(System.nanoTime()));
    }

    private static CapabilityResult perform(BotId bot, String keyword, Value... arguments) {
        return new TableKeywordsHandler(persistence.botTables(), List.of(), 1000)
                .perform(new Effect.Capability(keyword, List.of(arguments)), new TurnScope(bot, ConversationId.random(), "ana"));
    }

    private static ObjectValue object(Object... namesAndValues) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) fields.put((String) namesAndValues[i], Value.of(namesAndValues[i + 1]));
        return new ObjectValue(fields);
    }

    private static BotId botWithTwoOrders() {
        BotId bot = freshBot();
        perform(bot, "INSERT", new TextValue("orders"), object("item", "pen", "qty", 1));
        perform(bot, "INSERT", new TextValue("orders"), object("item", "ink", "qty", 2));
        return bot;
    }

    private static int orders(BotId bot) {
        return Integer.parseInt(Sql.single(target, "select count(*) from \"" + BotSchema.of(bot) + "\".orders"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id = 1; DROP TABLE orders", "id = 1 OR 1=1", "item = 'x' OR 'a'='a'", "id = 1 --",
            "id = (select 1)", "id = 1 /* */", "qty = 1 UNION SELECT * FROM pg_user", "\"id\" = 1", "id IN 1"})
    void a_filter_trying_injection_is_refused_and_nothing_is_deleted(String filter) {
        BotId bot = botWithTwoOrders();

        assertInstanceOf(CapabilityResult.Failed.class, perform(bot, "DELETE", new TextValue("orders"), new TextValue(filter)));
        assertInstanceOf(CapabilityResult.Failed.class, perform(bot, "UPDATE", new TextValue("orders"), new TextValue(filter), object("qty", 9)));
        assertEquals(2, orders(bot));
        assertEquals("1,2", String.join(",", Sql.column(target, "select qty from \"" + BotSchema.of(bot) + "\".orders order by id")));
    }

    @Test
    void an_injection_inside_a_quoted_value_is_only_text_to_compare_with() {
        BotId bot = botWithTwoOrders();

        CapabilityResult result = perform(bot, "DELETE", new TextValue("orders"), new TextValue("item = 'pen''; DROP TABLE orders; --'"));

        assertEquals(new CapabilityResult.Performed(NumberValue.of(0)), result);
        assertEquals(2, orders(bot));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders; DROP TABLE x", "public.conversations", "\"orders\"", "pg_catalog.pg_user", "orders--"})
    void a_table_name_trying_injection_is_refused_and_nothing_is_written(String table) {
        BotId bot = botWithTwoOrders();

        assertInstanceOf(CapabilityResult.Failed.class, perform(bot, "INSERT", new TextValue(table), object("item", "x")));
        assertInstanceOf(CapabilityResult.Failed.class, perform(bot, "DELETE", new TextValue(table), new TextValue("id = 1")));
        assertEquals(2, orders(bot));
        assertEquals(List.of("orders"), Sql.column(target, "select table_name from information_schema.tables where table_schema = '" + BotSchema.of(bot) + "'"));
    }

    @Test
    void a_field_name_trying_injection_is_refused() {
        BotId bot = botWithTwoOrders();

        assertInstanceOf(CapabilityResult.Failed.class, perform(bot, "INSERT", new TextValue("orders"), object("item\" text); drop table orders; --", "x")));
        assertEquals(2, orders(bot));
    }

    @Test
    void bot_tables_live_in_the_bots_own_schema_never_the_servers() {
        BotId bot = botWithTwoOrders();

        assertEquals(List.of(), Sql.column(target, "select table_name from information_schema.tables where table_schema = 'public' and table_name = 'orders'"));
        assertEquals(List.of("bot_" + bot.value()), Sql.column(target, "select table_schema from information_schema.tables where table_name = 'orders' and table_schema = 'bot_" + bot.value() + "'"));
    }

    @Test
    void bots_whose_ids_differ_only_by_a_dash_or_beyond_63_characters_get_different_schemas() {
        BotId dash = new BotId("shop-" + Long.toHexString(System.nanoTime())), underscore = new BotId(dash.value().replace('-', '_'));
        BotId longA = new BotId("a".repeat(62) + "1"), longB = new BotId("a".repeat(62) + "2");
        perform(dash, "INSERT", new TextValue("orders"), object("item", "pen"));
        perform(longA, "INSERT", new TextValue("orders"), object("item", "ink"));

        assertEquals(new CapabilityResult.Performed(NumberValue.of(0)), perform(underscore, "DELETE", new TextValue("orders"), new TextValue("id > 0")));
        assertEquals(new CapabilityResult.Performed(NumberValue.of(0)), perform(longB, "DELETE", new TextValue("orders"), new TextValue("id > 0")));
        assertEquals(1, orders(dash));
        assertEquals(1, orders(longA));
    }

    @Test
    void new_columns_get_the_type_of_their_first_value() {
        BotId bot = freshBot();
        perform(bot, "INSERT", new TextValue("events"), object("name", "launch"));
        perform(bot, "INSERT", new TextValue("events"), new ObjectValue(new LinkedHashMap<>(Map.of("name", new TextValue("demo"),
                "seats", NumberValue.of(40), "online", BoolValue.TRUE, "starts", new DateValue(LocalDateTime.of(2026, 11, 25, 14, 30))))));

        assertEquals(List.of("id bigint", "name text", "online boolean", "seats numeric", "starts timestamp without time zone"),
                Sql.column(target, "select column_name || ' ' || data_type from information_schema.columns where table_schema = '"
                        + BotSchema.of(bot) + "' and table_name = 'events' order by column_name"));
        assertEquals(new CapabilityResult.Performed(NumberValue.of(1)),
                perform(bot, "UPDATE", new TextValue("events"), new TextValue("starts >= 2026-11-25 AND online = true"), object("seats", "41")));
    }
}
