package org.botserver.adapter.in.rest.conversation;

import org.botserver.domain.conversation.Suggestion;

/** A quick reply the dialog offers: the text to send and the label to show. */
public record SuggestionJson(String value, String label) {

    static SuggestionJson of(Suggestion suggestion) {
        return new SuggestionJson(suggestion.value(), suggestion.label());
    }
}
