package org.botserver.application.llm;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Sender;

/**
 * The recent history the model is shown: the last {@code history-limit} exchanges, a bot's consecutive replies
 * joined into one answer, and the oldest entries dropped until the request fits the model's context window.
 */
final class HistoryWindow {

    private HistoryWindow() {
    }

    /** The stored messages (oldest first) as chat entries, ending with the user's new message. */
    static List<ChatEntry> of(List<Message> history, String userText, LlmSettings settings, String systemPrompt,
                              List<ToolDefinition> tools) {
        List<ChatEntry> entries = new ArrayList<>();
        for (Message message : history) {
            if (message.sender() == Sender.BOT && !entries.isEmpty() && entries.getLast() instanceof ChatEntry.Assistant earlier) {
                entries.set(entries.size() - 1, new ChatEntry.Assistant(earlier.text() + "\n" + message.content()));
            } else {
                entries.add(message.sender() == Sender.USER ? new ChatEntry.User(message.content())
                        : new ChatEntry.Assistant(message.content()));
            }
        }
        int budget = settings.contextTokens() - settings.maxTokens() - estimate(systemPrompt) - estimate(userText)
                - tools.stream().mapToInt(tool -> estimate(tool.functionJson())).sum();
        int used = entries.stream().mapToInt(HistoryWindow::estimate).sum();
        while (!entries.isEmpty() && used > budget) used -= estimate(entries.removeFirst());
        entries.add(new ChatEntry.User(userText));
        return entries;
    }

    /**
     * A deliberately generous token estimate (a token is about four characters of English, fewer of code or
     * other scripts), so the window errs on the side of fitting without a provider-specific tokenizer.
     */
    static int estimate(String text) {
        return text.length() / 3 + 4;
    }

    private static int estimate(ChatEntry entry) {
        return switch (entry) {
            case ChatEntry.User user -> estimate(user.text());
            case ChatEntry.Assistant assistant -> estimate(assistant.text());
            case ChatEntry.ToolResult result -> estimate(result.content());
        };
    }
}
