package org.botserver.adapter.in.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.bind.JsonbException;
import java.io.UncheckedIOException;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.table.TableException;
import org.botserver.application.table.UnknownTableException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.TableName;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.application.knowledge.EmbeddingUnavailableException;
import org.botserver.application.knowledge.VectorIndexException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void unknown_bots_and_conversations_are_404_problems_that_say_which() {
        Problem bot = ProblemMapper.problemFor(new UnknownBotException("nobody"));
        assertEquals(404, bot.status());
        assertEquals("/problems/unknown-bot", bot.type());
        assertEquals("There is no bot 'nobody' on this server.", bot.detail());

        assertEquals(404, ProblemMapper.problemFor(new UnknownConversationException("x")).status());
    }

    @Test
    void an_unknown_table_is_a_404_problem_that_names_it_and_a_refused_filter_a_400() {
        Problem table = ProblemMapper.problemFor(new UnknownTableException(new BotId("shop"), new TableName("orders")));
        assertEquals(404, table.status());
        assertEquals("/problems/unknown-table", table.type());
        assertEquals("The bot 'shop' has no table 'orders'.", table.detail());
        assertEquals(400, ProblemMapper.problemFor(new TableException("The table orders has no column colour")).status());
    }

    @Test
    void invalid_commands_and_malformed_json_are_400_problems() {
        assertEquals("A message needs content.",
                ProblemMapper.problemFor(new InvalidCommandException("A message needs content.")).detail());
        assertEquals(400, ProblemMapper.problemFor(new JsonbException("Unexpected char")).status());
    }

    @Test
    void a_body_that_grew_too_large_while_parsing_is_a_413_problem() {
        var wrapped = new JsonbException("parse failed", new UncheckedIOException(new BodySizeLimit.TooLargeException()));

        assertEquals(413, ProblemMapper.problemFor(wrapped).status());
    }

    @Test
    void a_concurrent_turn_is_a_409_problem() {
        assertEquals(409, ProblemMapper.problemFor(new ConcurrentTurnException()).status());
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_without_its_internals() {
        Problem problem = ProblemMapper.problemFor(new IllegalStateException("secret table xyz is broken"));

        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("xyz"));
    }

    @Test
    void a_knowledge_search_without_its_model_or_index_is_a_503_problem_that_names_no_internals() {
        Problem noModel = ProblemMapper.problemFor(new EmbeddingUnavailableException("connection refused to 10.0.0.7"));
        Problem brokenIndex = ProblemMapper.problemFor(
                new VectorIndexException("/data/kb/shop_faq is locked", new java.io.IOException("lock")));

        assertEquals(503, noModel.status());
        assertEquals(503, brokenIndex.status());
        assertEquals("The knowledge base cannot be searched right now. Try again later.", noModel.detail());
    }
}
