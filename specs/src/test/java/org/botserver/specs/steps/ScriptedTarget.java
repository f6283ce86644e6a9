package org.botserver.specs.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.botserver.specs.llm.ModelScript;
import org.botserver.specs.target.BotPackageFolder;
import org.botserver.specs.target.BotTarget;
import org.botserver.specs.target.BotTurn;
import org.botserver.specs.target.HistoryLine;
import org.botserver.specs.target.SuggestedReply;
import org.botserver.specs.target.TargetRefusal;
import org.botserver.specs.target.TurnStatus;

/** A target that answers with turns given in advance and remembers what the user sent, for the steps' own tests. */
final class ScriptedTarget implements BotTarget {

    private final Deque<Object> answers = new ArrayDeque<>();
    final List<String> sent = new ArrayList<>();
    final ModelScript model = new ModelScript();

    /** The next request is answered with these replies and suggestions (label=value pairs). */
    ScriptedTarget answers(TurnStatus status, List<String> replies, SuggestedReply... suggestions) {
        answers.add(new BotTurn("c-1", status, replies, List.of(suggestions), List.of()));
        return this;
    }

    /** The next request is refused with this reason. */
    ScriptedTarget refuses(String reason) {
        answers.add(new TargetRefusal(reason));
        return this;
    }

    @Override public void deploy(BotPackageFolder bot) { }

    @Override public BotTurn start(String botId) { return next(); }

    @Override
    public BotTurn send(String conversationId, String text) {
        sent.add(text);
        return next();
    }

    @Override public List<HistoryLine> history(String conversationId) { return List.of(); }

    @Override public ModelScript languageModel() { return model; }

    @Override public String describe() { return "scripted"; }

    private BotTurn next() {
        Object answer = answers.remove();
        if (answer instanceof TargetRefusal refusal) throw refusal;
        return (BotTurn) answer;
    }
}
