package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

class ToolLoopTest {

    static final Map<String, String> WEATHER_BOT = Map.of(
            "start", "ADD TOOL \"weather\"\nADD TOOL \"survey\"\nTALK \"Ask me about the weather.\"",
            "weather", """
                    PARAM city AS STRING DESCRIPTION "The city"
                    PARAM days AS INTEGER DESCRIPTION "How many days" OPTIONAL
                    DESCRIPTION "Tells the weather in a city"
                    TALK "Looking up " + city + "..."
                    RETURN "sunny in " + city
                    """,
            "survey", "DESCRIPTION \"Asks for a rating\"\nTALK \"Rate us from 1 to 5\"\nHEAR rating\nTALK \"Thanks!\"");

    private final TestLlm llm = new TestLlm(catalog(WEATHER_BOT));
    private final String id = llm.start.start(StartConversationCommand.of("weather-bot", "u")).conversationId().toString();

    static LoadedBots catalog(Map<String, String> dialogs) {
        var files = dialogs.entrySet().stream()
                .map(e -> new SourceFile("weather-bot.gbdialog/" + e.getKey() + ".bas", e.getValue())).toList();
        Bot bot = switch (Bot.load(BotPackage.ofDialogs(new BotId("weather-bot"), files), Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
        return new LoadedBots(List.of(bot), List.of());
    }

    private static List<String> said(TurnResult result) {
        return result.replies().stream().map(Message::content).toList();
    }

    @Test
    void the_model_calls_a_tool_whose_talk_reaches_the_user_and_whose_result_reaches_the_model() {
        llm.model.calls("weather", "{\"city\":\"Lisbon\"}").answers("It is sunny in Lisbon today.");

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "Weather in Lisbon?"));

        assertEquals(List.of("Looking up Lisbon...", "It is sunny in Lisbon today."), said(result));
        assertEquals(List.of("weather", "survey"), llm.model.requests.getFirst().tools().stream().map(t -> t.name()).toList());
        ChatEntry.ToolResult returned = assertInstanceOf(ChatEntry.ToolResult.class, llm.model.lastRequest().entries().getLast());
        assertEquals("sunny in Lisbon", returned.content());
        assertEquals("weather", returned.call().name());
        assertEquals(23 + 15, llm.store.allMessages(result.conversationId()).getLast().tokensUsed());
    }

    @Test
    void malformed_arguments_go_back_to_the_model_as_an_error_and_the_tool_does_not_run() {
        llm.model.calls("weather", "{\"city\": \"Lis").calls("weather", "{\"city\":\"Lisbon\"}").answers("Sunny.");

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "Weather?"));

        ChatEntry.ToolResult refused = assertInstanceOf(ChatEntry.ToolResult.class, llm.model.requests.get(1).entries().getLast());
        assertTrue(refused.error());
        assertTrue(refused.content().contains("not valid JSON"), refused.content());
        assertEquals(List.of("Looking up Lisbon...", "Sunny."), said(result));
    }

    @Test
    void arguments_that_break_the_schema_are_refused_naming_the_rule() {
        llm.model.calls("weather", "{\"days\": 2.5}").calls("weather", "{\"city\":\"Porto\",\"days\":1.5}").answers("ok");

        llm.send.send(SendMessageCommand.of(id, "Weather?"));

        String missing = ((ChatEntry.ToolResult) llm.model.requests.get(1).entries().getLast()).content();
        String wrongType = ((ChatEntry.ToolResult) llm.model.requests.get(2).entries().getLast()).content();
        assertTrue(missing.contains("required argument \"city\" is missing"), missing);
        assertTrue(wrongType.contains("\"days\" must be an integer"), wrongType);
    }

    @Test
    void a_tool_the_session_does_not_offer_is_refused() {
        llm.model.calls("start", "{}").answers("Sorry.");

        llm.send.send(SendMessageCommand.of(id, "Restart"));

        ChatEntry.ToolResult refused = (ChatEntry.ToolResult) llm.model.lastRequest().entries().getLast();
        assertTrue(refused.error() && refused.content().contains("no tool named start"), refused.content());
    }

    @Test
    void the_loop_stops_after_the_configured_rounds_with_a_plain_reply() {
        for (int i = 0; i < 5; i++) llm.model.calls("weather", "{\"city\":\"Faro\"}");

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "Loop"));

        assertEquals(LlmReplies.TOO_MANY_ROUNDS, said(result).getLast());
        assertEquals(5, llm.model.requests.size());
    }

    @Test
    void a_tool_that_asks_the_user_continues_the_conversation_in_that_dialog() {
        llm.model.calls("survey", "{}");

        TurnResult asked = llm.send.send(SendMessageCommand.of(id, "I want to rate you"));
        TurnResult answered = llm.send.send(SendMessageCommand.of(id, "5"));

        assertEquals(List.of("Rate us from 1 to 5"), said(asked));
        assertEquals(ConversationStatus.AWAITING_INPUT, asked.status());
        assertEquals(List.of("Thanks!"), said(answered));
        assertEquals(1, llm.model.requests.size());
    }

    @Test
    void the_tools_stay_with_the_session_across_turns() {
        llm.model.answers("Hi.").answers("Hello again.");

        llm.send.send(SendMessageCommand.of(id, "Hi"));
        llm.send.send(SendMessageCommand.of(id, "Hi again"));

        assertEquals(2, llm.model.lastRequest().tools().size());
        assertEquals(List.of("weather", "survey"),
                llm.store.find(ConversationId.parse(id).orElseThrow()).orElseThrow().session().tools());
    }
}
