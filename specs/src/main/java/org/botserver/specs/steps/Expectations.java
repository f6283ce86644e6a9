package org.botserver.specs.steps;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.botserver.specs.llm.ToolRun;
import org.botserver.specs.target.BotTurn;
import org.botserver.specs.target.HistoryLine;
import org.botserver.specs.target.SuggestedReply;
import org.botserver.specs.target.TurnStatus;

/** The checks of the Then steps; each failure names what was expected, what happened, and the whole transcript. */
final class Expectations {

    private final Conversation conversation;

    Expectations(Conversation conversation) {
        this.conversation = conversation;
    }

    void says(String text) {
        reply(text::equals, "Expected the bot to say\n  \"" + text + "\"");
    }

    void saysMatching(String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw conversation.transcript().failure("\"" + regex + "\" is not a regular expression: " + e.getDescription());
        }
        reply(reply -> pattern.matcher(reply).find(), "Expected the bot to say something matching\n  /" + regex + "/");
    }

    void saysNothingMore() {
        List<String> replies = conversation.turn().replies();
        List<String> unchecked = replies.subList(conversation.checkedReplies(), replies.size());
        if (!unchecked.isEmpty()) {
            throw conversation.transcript().failure("Expected the bot to say nothing more, but it also said\n"
                    + Transcript.quoted(unchecked));
        }
    }

    void offers(List<String> labels) {
        List<String> offered = conversation.turn().suggestions().stream().map(SuggestedReply::label).toList();
        if (!offered.equals(labels)) {
            throw conversation.transcript().failure("Expected the bot to offer the suggestions\n"
                    + Transcript.quoted(labels) + "\nbut it offered\n" + Transcript.quoted(offered));
        }
    }

    void status(TurnStatus expected) {
        TurnStatus actual = conversation.turn().status();
        if (actual != expected) {
            throw conversation.transcript().failure("Expected that " + expected.describe() + ", but " + actual.describe() + ".");
        }
    }

    void history(List<HistoryLine> expected) {
        List<HistoryLine> actual = conversation.history();
        if (!actual.equals(expected)) {
            throw conversation.transcript().failure("Expected the history\n" + lines(expected) + "\nbut it is\n" + lines(actual));
        }
    }

    void historySize(int expected) {
        List<HistoryLine> actual = conversation.history();
        if (actual.size() != expected) {
            throw conversation.transcript().failure("Expected the history to have " + expected + " messages, but it has "
                    + actual.size() + ":\n" + lines(actual));
        }
    }

    void refused(String text) {
        if (conversation.refusal() == null) {
            throw conversation.transcript().failure("Expected the last request to be refused with \"" + text
                    + "\", but it was answered.");
        }
        if (!conversation.refusal().getMessage().contains(text)) {
            throw conversation.transcript().failure("Expected the last request to be refused with \"" + text
                    + "\", but the refusal was: " + conversation.refusal().getMessage());
        }
    }

    /** The model asked for the tool with exactly these arguments, and the tool ran (its result went back to the model). */
    void toolCalled(String tool, Map<String, String> arguments) {
        List<ToolRun> runs = conversation.languageModel().runs();
        List<ToolRun> ofTool = runs.stream().filter(run -> run.tool().equals(tool)).toList();
        if (ofTool.isEmpty()) {
            throw conversation.transcript().failure("Expected the tool \"" + tool + "\" to have been called, but "
                    + (runs.isEmpty() ? "no tool was." : "only these were:\n" + described(runs)));
        }
        ToolRun run = ofTool.stream().filter(r -> r.arguments().equals(arguments)).findFirst()
                .orElseThrow(() -> conversation.transcript().failure("Expected the tool \"" + tool
                        + "\" to have been called with " + arguments + ", but it was called so:\n" + described(ofTool)));
        if (run.failed()) {
            throw conversation.transcript().failure("The tool \"" + tool + "\" was asked for with " + arguments
                    + ", but it did not run: " + run.result());
        }
    }

    /** The last answer was grounded in the document: its path, or the end of it after a "/", is among the sources. */
    void cites(String document) {
        List<String> sources = conversation.turn().sources();
        boolean cited = sources.stream().anyMatch(source -> source.equals(document) || source.endsWith("/" + document));
        if (!cited) {
            throw conversation.transcript().failure("Expected the answer to cite \"" + document + "\", but "
                    + (sources.isEmpty() ? "it cited no source." : "it cited\n" + Transcript.quoted(sources)));
        }
    }

    /** Some row of the table holds every one of these column values (compared as text). */
    void tableHasRow(String table, Map<String, String> wanted) {
        List<Map<String, String>> rows = conversation.tableRows(table);
        boolean found = rows.stream().anyMatch(row -> wanted.entrySet().stream()
                .allMatch(cell -> cell.getValue().equals(row.get(cell.getKey().toLowerCase(java.util.Locale.ROOT)))));
        if (!found) {
            throw conversation.transcript().failure("Expected the table \"" + table + "\" to have a row with " + wanted
                    + ", but " + (rows.isEmpty() ? "it has no rows." : "its rows are:\n" + String.join("\n",
                    rows.stream().map(row -> "  " + row).toList())));
        }
    }

    /** Finds the reply among those not yet checked, in order, so consecutive steps also check the order. */
    private void reply(Predicate<String> wanted, String expectation) {
        BotTurn turn = conversation.turn();
        List<String> replies = turn.replies();
        for (int i = conversation.checkedReplies(); i < replies.size(); i++) {
            if (wanted.test(replies.get(i))) {
                conversation.checkedUpTo(i + 1);
                return;
            }
        }
        int checked = conversation.checkedReplies();
        String earlier = checked == 0 ? "" : "\n(earlier steps already matched the first " + checked + " of them)";
        throw conversation.transcript().failure(expectation + "\nbut in its last turn it said\n"
                + Transcript.quoted(replies) + earlier);
    }

    private static String described(List<ToolRun> runs) {
        return String.join("\n", runs.stream().map(run -> "  " + run.describe()).toList());
    }

    private static String lines(List<HistoryLine> lines) {
        if (lines.isEmpty()) return "  (no messages)";
        return String.join("\n", lines.stream().map(line -> "  " + line.sender() + ": " + line.content()).toList());
    }
}
