package org.botserver.specs.steps;

import java.util.List;
import org.botserver.specs.llm.ModelRequestSeen;

/** The checks on what the scripted language model was sent in the scenario's last turn that reached it. */
final class ModelExpectations {

    private final Conversation conversation;

    ModelExpectations(Conversation conversation) {
        this.conversation = conversation;
    }

    /** The last request's system prompt (instructions, context and knowledge-base grounding) holds the text. */
    void instructed(String text) {
        ModelRequestSeen last = lastRequest();
        if (!last.systemPrompt().contains(text)) {
            throw conversation.transcript().failure("Expected the LLM's instructions to contain\n  \"" + text
                    + "\"\nbut they were\n" + indented(last.systemPrompt()));
        }
    }

    /** The last request offered exactly these tools, in any order. */
    void offeredTools(List<String> tools) {
        List<String> offered = lastRequest().tools();
        if (offered.size() != tools.size() || !offered.containsAll(tools)) {
            throw conversation.transcript().failure("Expected the LLM to be offered the tools\n" + Transcript.quoted(tools)
                    + "\nbut it was offered\n" + Transcript.quoted(offered));
        }
    }

    /** The last request carried this as the user's words. */
    void asked(String text) {
        String asked = lastRequest().userText();
        if (!asked.equals(text)) {
            throw conversation.transcript().failure("Expected the LLM to be asked\n  \"" + text + "\"\nbut it was asked\n  \""
                    + asked + "\"");
        }
    }

    private ModelRequestSeen lastRequest() {
        List<ModelRequestSeen> requests = conversation.languageModel().requests();
        if (requests.isEmpty()) throw conversation.transcript().failure("Expected a request to the LLM, but none was sent.");
        return requests.getLast();
    }

    private static String indented(String text) {
        return text.isEmpty() ? "  (empty)" : "  " + text.replace("\n", "\n  ");
    }
}
