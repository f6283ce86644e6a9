package org.botserver.application.conversation;

import org.botserver.domain.bot.Bot;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.TurnOutcome;

/** Answers a user's message that no dialog is waiting for (no pending HEAR), e.g. with the language model. */
@FunctionalInterface
public interface AnswerOutsideDialog {

    TurnOutcome answer(Bot bot, Conversation conversation, String userText, ReplyStream stream);

    /** No such answer on this server: the dialog has ended, and the reply says so. */
    static AnswerOutsideDialog dialogsOnly(String reply) {
        return (bot, conversation, userText, stream) -> TurnOutcome.endedWith(reply, conversation.session());
    }
}
