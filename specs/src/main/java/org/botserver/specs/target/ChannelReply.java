package org.botserver.specs.target;

import java.util.List;
import java.util.Objects;

/** One message the bot sent to a channel user: its text and the choices it offered to press (buttons, keys). */
public record ChannelReply(String text, List<SuggestedReply> choices) {

    public ChannelReply {
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
    }
}
