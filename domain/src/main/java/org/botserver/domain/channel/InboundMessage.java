package org.botserver.domain.channel;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a person sent on a channel, whatever the channel; {@link #answer()} is what the dialog hears. */
@ValueObject
public sealed interface InboundMessage {

    /** The text handed to the dialog, e.g. to the HEAR waiting for it. */
    String answer();

    /** Typed text. */
    record Text(String text) implements InboundMessage {
        public Text {
            if (text == null || text.isEmpty()) throw new IllegalArgumentException("A text message needs text.");
        }

        @Override public String answer() { return text; }
    }

    /** A press on one of the choices the bot offered (a reply button, a list row, an inline keyboard key). */
    record ChoiceReply(String value, String label) implements InboundMessage {
        public ChoiceReply {
            if (value == null || value.isEmpty()) throw new IllegalArgumentException("A choice reply needs a value.");
            label = label == null || label.isBlank() ? value : label;
        }

        @Override public String answer() { return value; }
    }

    /** An image, document, voice note or video, known by the channel's media id; fetched only when needed. */
    record MediaReference(Channel channel, MediaKind kind, String mediaId, Optional<String> mimeType,
                          Optional<String> caption) implements InboundMessage {
        public MediaReference {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(kind, "kind");
            if (mediaId == null || mediaId.isBlank()) throw new IllegalArgumentException("A media reference needs an id.");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(caption, "caption");
        }

        /** The caption when there is one, else a reference the bot can hand back to the channel. */
        @Override public String answer() {
            return caption.filter(c -> !c.isBlank()).orElse(reference());
        }

        /** A stable text reference to the media, e.g. "whatsapp-image:1234". */
        public String reference() {
            return channel.key() + "-" + kind.name().toLowerCase(Locale.ROOT) + ":" + mediaId;
        }
    }

    /** A shared location; the dialog hears "latitude,longitude". */
    record SharedLocation(double latitude, double longitude, Optional<String> name) implements InboundMessage {
        public SharedLocation {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("Not a location: " + latitude + "," + longitude);
            }
            Objects.requireNonNull(name, "name");
        }

        @Override public String answer() { return latitude + "," + longitude; }
    }

    /** A shared contact card; the dialog hears the phone number, or the name when the card has none. */
    record SharedContact(String name, Optional<String> phone) implements InboundMessage {
        public SharedContact {
            Objects.requireNonNull(phone, "phone");
            name = name == null ? "" : name;
            if (name.isBlank() && phone.isEmpty()) throw new IllegalArgumentException("A contact needs a name or a phone.");
        }

        @Override public String answer() { return phone.orElse(name); }
    }
}
