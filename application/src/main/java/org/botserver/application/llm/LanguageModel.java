package org.botserver.application.llm;

import org.botserver.application.conversation.ReplyStream;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * A chat model that answers with text and tool calls, streaming the text as it is written. Retries on 429 and
 * 5xx and honours the settings' timeout; never throws for a provider's failure, it returns a {@link LlmReply.Failure}.
 */
@SecondaryPort
public interface LanguageModel {

    LlmReply complete(LlmRequest request, ReplyStream stream);
}
