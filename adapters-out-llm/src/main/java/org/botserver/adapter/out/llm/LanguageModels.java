package org.botserver.adapter.out.llm;

import org.botserver.adapter.out.llm.anthropic.AnthropicLanguageModel;
import org.botserver.adapter.out.llm.openai.OpenAiLanguageModel;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.LanguageModel;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;

/** The providers this server speaks, each call going to the one its bot's settings name. */
public final class LanguageModels implements LanguageModel, AutoCloseable {

    private final OpenAiLanguageModel openAi = new OpenAiLanguageModel();
    private final AnthropicLanguageModel anthropic = new AnthropicLanguageModel();

    @Override
    public LlmReply complete(LlmRequest request, ReplyStream stream) {
        return switch (request.settings().provider()) {
            case OPENAI -> openAi.complete(request, stream);
            case ANTHROPIC -> anthropic.complete(request, stream);
        };
    }

    @Override
    public void close() {
        openAi.close();
        anthropic.close();
    }
}
