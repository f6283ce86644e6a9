package org.botserver.domain.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.botserver.domain.conversation.Suggestion;
import org.jmolecules.ddd.annotation.ValueObject;

/** What the bot sends on a channel, whatever the channel; each adapter renders it its own way. */
@ValueObject
public sealed interface OutboundMessage {

    /** What a menu says when the dialog offered choices without saying anything in that turn. */
    String DEFAULT_PROMPT = "Please choose:";

    /** Plain text, possibly with Markdown the channel converts to its own format. */
    record Text(String text) implements OutboundMessage {
        public Text {
            if (text == null || text.isEmpty()) throw new IllegalArgumentException("A text message needs text.");
        }
    }

    /** Text with choices to press (reply buttons, a list, an inline keyboard). */
    record Choices(String text, List<Suggestion> options) implements OutboundMessage {
        public Choices {
            if (text == null || text.isEmpty()) throw new IllegalArgumentException("A menu needs text.");
            options = List.copyOf(options);
            if (options.isEmpty()) throw new IllegalArgumentException("A menu needs at least one choice.");
        }
    }

    /** A picture or file by URL, with an optional caption. */
    record Media(MediaKind kind, String url, String caption) implements OutboundMessage {
        public Media {
            Objects.requireNonNull(kind, "kind");
            if (url == null || !url.startsWith("https://") && !url.startsWith("http://")) {
                throw new IllegalArgumentException("Media is sent by its http(s) URL: " + url);
            }
            caption = caption == null ? "" : caption;
        }
    }

    /**
     * A turn's replies in order; the choices ride on the last reply so they appear under the question they
     * answer, or under a default prompt when the turn said nothing.
     */
    static List<OutboundMessage> forTurn(List<String> replies, List<Suggestion> suggestions) {
        List<OutboundMessage> messages = new ArrayList<>();
        List<String> texts = replies.stream().filter(text -> !text.isEmpty()).toList();
        int plain = suggestions.isEmpty() ? texts.size() : Math.max(0, texts.size() - 1);
        for (int i = 0; i < plain; i++) messages.add(new Text(texts.get(i)));
        if (!suggestions.isEmpty()) {
            messages.add(new Choices(texts.isEmpty() ? DEFAULT_PROMPT : texts.getLast(), suggestions));
        }
        return List.copyOf(messages);
    }
}
