package org.botserver.specs.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.botserver.specs.target.HistoryLine;
import org.botserver.specs.target.TurnStatus;

/**
 * The steps for talking to a bot and checking its answers; a new instance, with a new conversation, per scenario.
 * The target comes from the system properties: {@code -Dbotserver.url=…} for a running server, else in-process.
 */
public class BotSteps {

    private final Conversation conversation;
    private final Expectations expect;
    private final ModelExpectations model;

    /** The scenario's conversation, shared with the other glue classes ({@link ChannelSteps}). */
    public BotSteps(Conversation conversation) {
        this.conversation = conversation;
        this.expect = new Expectations(conversation);
        this.model = new ModelExpectations(conversation);
    }

    @After
    public void endTheConversation() {
        conversation.close();
    }

    @Given("the bot {string} deployed from {string}")
    public void theBotDeployedFrom(String botId, String path) {
        conversation.deploy(botId, path);
    }

    /** Waits until the last deployed bot's collection is indexed (in-process, deploying indexed it already). */
    @Given("its knowledge base {string} is indexed")
    public void itsKnowledgeBaseIsIndexed(String collection) {
        conversation.awaitKnowledge(collection);
    }

    /** The scripted language model's next answer (see {@link ArgumentTable} for the tool steps' tables). */
    @Given("the LLM answers {string}")
    public void theLlmAnswers(String text) {
        conversation.scriptAnswer(text);
    }

    /** The model's next move asks for the tool; after its result it answers with the next scripted answer, or echoes it. */
    @Given("the LLM calls the tool {string} with:")
    public void theLlmCallsTheToolWith(String tool, DataTable arguments) {
        conversation.scriptToolCall(tool, ArgumentTable.of(arguments));
    }

    /** Hot reload: the last deployed bot's dialog gets this source (a doc string), as when storage is edited. */
    @When("the bot's dialog {string} is changed to:")
    public void theBotsDialogIsChangedTo(String dialogFile, String source) {
        conversation.changeDialog(dialogFile, source);
    }

    @When("the user starts a conversation with {string}")
    public void theUserStartsAConversationWith(String botId) {
        conversation.start(botId);
    }

    @When("the user says {string}")
    public void theUserSays(String text) {
        conversation.say(text);
    }

    @When("the user picks {string}")
    public void theUserPicks(String label) {
        conversation.pick(label);
    }

    @Then("the bot says {string}")
    public void theBotSays(String text) {
        expect.says(text);
    }

    @Then("the bot says something matching {string}")
    public void theBotSaysSomethingMatching(String regex) {
        expect.saysMatching(regex);
    }

    @Then("the bot says nothing more")
    public void theBotSaysNothingMore() {
        expect.saysNothingMore();
    }

    @Then("the bot offers the suggestions:")
    public void theBotOffersTheSuggestions(List<String> labels) {
        expect.offers(labels);
    }

    @Then("the bot offers no suggestions")
    public void theBotOffersNoSuggestions() {
        expect.offers(List.of());
    }

    @Then("the bot waits for the user's answer")
    public void theBotWaitsForTheUsersAnswer() {
        expect.status(TurnStatus.AWAITING_INPUT);
    }

    @Then("the conversation is finished")
    public void theConversationIsFinished() {
        expect.status(TurnStatus.ENDED);
    }

    @Then("the history has {int} message(s)")
    public void theHistoryHasMessages(int count) {
        expect.historySize(count);
    }

    /** A table of sender ("user" or "bot") and content, oldest first; a header row "sender | content" is optional. */
    @Then("the history is:")
    public void theHistoryIs(DataTable table) {
        List<List<String>> rows = table.asLists();
        if (!rows.isEmpty() && rows.getFirst().equals(List.of("sender", "content"))) rows = rows.subList(1, rows.size());
        expect.history(rows.stream().map(row -> new HistoryLine(row.get(0), row.size() > 1 ? row.get(1) : "")).toList());
    }

    @Then("the tool {string} was called with:")
    public void theToolWasCalledWith(String tool, DataTable arguments) {
        expect.toolCalled(tool, ArgumentTable.of(arguments));
    }

    @Then("the request is refused with {string}")
    public void theRequestIsRefusedWith(String text) {
        expect.refused(text);
    }

    /**
     * A row of the last deployed bot's table holds these values (`column | value` rows): in-process on the embedded
     * PostgreSQL, on a server through its table API with -Dbotserver.admin.token.
     */
    @Then("the table {string} has a row with:")
    public void theTableHasARowWith(String table, DataTable values) {
        expect.tableHasRow(table, ArgumentTable.of(values));
    }

    /** The answer was grounded in the document (a knowledge-base path such as "policies/refund.pdf"). */
    @Then("the answer cites {string}")
    public void theAnswerCites(String document) {
        expect.cites(document);
    }

    /** The system prompt of the model's last request: the bot's instructions, context and knowledge grounding. */
    @Then("the LLM was instructed with {string}")
    public void theLlmWasInstructedWith(String text) {
        model.instructed(text);
    }

    @Then("the LLM was asked {string}")
    public void theLlmWasAsked(String text) {
        model.asked(text);
    }

    @Then("the LLM was offered the tools:")
    public void theLlmWasOfferedTheTools(List<String> tools) {
        model.offeredTools(tools);
    }
}
