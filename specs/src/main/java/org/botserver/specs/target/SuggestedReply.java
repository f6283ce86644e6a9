package org.botserver.specs.target;

import java.util.Objects;

/** A quick reply the bot offers: the label the user sees and the value sent when it is picked. */
public record SuggestedReply(String value, String label) {

    public SuggestedReply {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
