package org.botserver.specs.steps;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.botserver.specs.llm.ModelScript;
import org.botserver.specs.llm.ToolRun;
import org.botserver.specs.target.BotPackageFolder;
import org.botserver.specs.target.BotTarget;
import org.botserver.specs.target.BotTurn;
import org.botserver.specs.target.HistoryLine;
import org.botserver.specs.target.SuggestedReply;
import org.botserver.specs.target.TargetRefusal;
import org.botserver.specs.target.TurnStatus;

/**
 * A scenario's conversation with the bots under test: what the user did, the bot's latest answer and how much
 * of it the scenario has already checked, and the refusal when the target turned the last request down. Public
 * only so Cucumber's PicoContainer can create one per scenario and hand it to every glue class that asks.
 */
public final class Conversation {

    /** Indexing a small collection takes seconds; the first one also loads the embedding model. */
    private static final Duration KNOWLEDGE_TIMEOUT = Duration.ofSeconds(120);

    private final BotTarget target;
    private final Transcript transcript;
    private String lastDeployedBot;
    private BotTurn lastTurn;
    private int checkedReplies;
    private TargetRefusal refusal;
    private ModelScript model;
    private int notedRuns;

    /** On the target the system properties choose (see {@link BotTarget#fromSystemProperties()}). */
    public Conversation() {
        this(BotTarget.fromSystemProperties());
    }

    Conversation(BotTarget target) {
        this.target = target;
        this.transcript = new Transcript(target.describe());
    }

    void deploy(String botId, String path) {
        try {
            target.deploy(BotPackageFolder.of(botId, path));
        } catch (TargetRefusal e) {
            throw transcript.failure("The bot \"" + botId + "\" could not be deployed: " + e.getMessage());
        }
        lastDeployedBot = botId;
    }

    /** Waits for the last deployed bot's collection to be indexed, so its answers can be grounded in it. */
    void awaitKnowledge(String collection) {
        if (lastDeployedBot == null) {
            throw transcript.failure("There is no bot whose knowledge base to wait for: begin with Given the bot \"…\" deployed from \"…\".");
        }
        transcript.note("waiting for the knowledge base \"" + collection + "\" of \"" + lastDeployedBot + "\" to be indexed");
        try {
            target.awaitKnowledge(lastDeployedBot, collection, KNOWLEDGE_TIMEOUT);
        } catch (TargetRefusal e) {
            throw transcript.failure(e.getMessage());
        }
    }

    /** Replaces a dialog of the last deployed bot and reloads it. */
    void changeDialog(String dialogFile, String source) {
        if (lastDeployedBot == null) {
            throw transcript.failure("There is no bot to change: begin with Given the bot \"…\" deployed from \"…\".");
        }
        transcript.note("the bot's " + dialogFile + " is changed and reloaded");
        try {
            target.changeDialog(lastDeployedBot, dialogFile, source);
            refusal = null;
        } catch (TargetRefusal e) {
            // A change that does not compile is refused like a request: "Then the request is refused with" checks it.
            refusal = e;
            transcript.note("refused: " + e.getMessage());
        }
    }

    /** The bot deployed last, which the channel users and the table checks talk about. */
    String deployedBot() {
        if (lastDeployedBot == null) {
            throw transcript.failure("There is no bot: begin with Given the bot \"…\" deployed from \"…\".");
        }
        return lastDeployedBot;
    }

    BotTarget target() { return target; }

    /** Records how the last request (here a webhook delivery) went: refused, or taken when null. */
    void lastRequest(TargetRefusal refused) {
        refusal = refused;
        if (refused != null) transcript.note("refused: " + refused.getMessage());
    }

    /** Every row of the last deployed bot's table, as text. */
    List<Map<String, String>> tableRows(String table) {
        if (lastDeployedBot == null) {
            throw transcript.failure("There is no bot whose table to read: begin with Given the bot \"…\" deployed from \"…\".");
        }
        try {
            return target.tableRows(lastDeployedBot, table);
        } catch (TargetRefusal e) {
            throw transcript.failure(e.getMessage());
        }
    }

    void start(String botId) {
        transcript.note("the user starts a conversation with \"" + botId + "\"");
        attempt(() -> target.start(botId));
    }

    void say(String text) {
        startIfNeeded();
        transcript.user(text);
        attempt(() -> target.send(lastTurn.conversationId(), text));
    }

    /** Sends the value of the suggestion with this label; with none offered (a HEAR menu), the label itself. */
    void pick(String label) {
        startIfNeeded();
        List<SuggestedReply> offered = lastTurn.suggestions();
        String value = offered.isEmpty() ? label : offered.stream().filter(s -> s.label().equals(label))
                .map(SuggestedReply::value).findFirst()
                .orElseThrow(() -> transcript.failure("The user cannot pick \"" + label + "\": the bot offered\n"
                        + Transcript.quoted(offered.stream().map(SuggestedReply::label).toList())));
        transcript.user(value.equals(label) ? value : value + "   [picked \"" + label + "\"]");
        attempt(() -> target.send(lastTurn.conversationId(), value));
    }

    /** The bot's latest answer; fails when there is none or the last request was refused. */
    BotTurn turn() {
        if (refusal != null) throw transcript.failure("The last request was refused: " + refusal.getMessage());
        if (lastTurn == null) throw transcript.failure("No conversation has started yet.");
        return lastTurn;
    }

    int checkedReplies() { return checkedReplies; }

    void checkedUpTo(int replies) { checkedReplies = replies; }

    /** The refusal of the last request, or null when it was answered. */
    TargetRefusal refusal() { return refusal; }

    List<HistoryLine> history() {
        String conversationId = turn().conversationId();
        try {
            return target.history(conversationId);
        } catch (TargetRefusal e) {
            throw transcript.failure("The history could not be read: " + e.getMessage());
        }
    }

    Transcript transcript() { return transcript; }

    /** The target's scripted language model, asked for on the first LLM step (a remote one starts its server then). */
    ModelScript languageModel() {
        if (model == null) {
            try {
                model = target.languageModel();
            } catch (IllegalStateException e) {
                throw transcript.failure(e.getMessage());
            }
        }
        return model;
    }

    void scriptAnswer(String text) {
        transcript.note("the LLM will answer \"" + text + "\"");
        languageModel().answer(text);
    }

    void scriptToolCall(String tool, Map<String, String> arguments) {
        transcript.note("the LLM will call the tool \"" + tool + "\" with " + arguments);
        languageModel().callTool(tool, arguments);
    }

    /** Lets go of the target's connections at the end of the scenario. */
    void close() {
        target.close();
    }

    private void startIfNeeded() {
        if (lastTurn != null) return;
        if (refusal != null) throw transcript.failure("There is no conversation: " + refusal.getMessage());
        if (lastDeployedBot == null) {
            throw transcript.failure("There is no bot to talk to: begin with Given the bot \"…\" deployed from \"…\".");
        }
        start(lastDeployedBot);
        if (refusal != null) throw transcript.failure("The conversation could not be started: " + refusal.getMessage());
    }

    private void attempt(Supplier<BotTurn> request) {
        try {
            BotTurn turn = request.get();
            lastTurn = turn;
            checkedReplies = 0;
            refusal = null;
            noteToolRuns();
            turn.replies().forEach(transcript::bot);
            if (!turn.suggestions().isEmpty()) {
                transcript.note("suggestions: " + String.join(" | ", turn.suggestions().stream().map(SuggestedReply::label).toList()));
            }
            if (!turn.sources().isEmpty()) transcript.note("sources: " + String.join(" | ", turn.sources()));
            if (turn.status() == TurnStatus.ENDED) transcript.note(TurnStatus.ENDED.describe());
        } catch (TargetRefusal e) {
            refusal = e;
            noteToolRuns();
            transcript.note("refused: " + e.getMessage());
        }
    }

    /** The tools the model had run in this turn go into the transcript, before the replies that include their TALKs. */
    private void noteToolRuns() {
        if (model == null) return;
        List<ToolRun> runs = model.runs();
        runs.subList(notedRuns, runs.size()).forEach(run -> transcript.note(run.describe()));
        notedRuns = runs.size();
    }
}
