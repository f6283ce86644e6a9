package org.botserver.adapter.out.persistence.postgres;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;

/**
 * An inbound channel message as a fixed list of named text fields, absent ones null: kept in the inbox as a JSON
 * object that Postgres builds and takes apart itself ({@code jsonb_build_object}, {@code ->>}), readable in psql.
 */
final class ChannelMessageFields {

    /** The field names, in the order of {@link #values}. */
    static final List<String> NAMES = List.of("type", "text", "label", "channel", "kind", "mime_type", "caption",
            "latitude", "longitude", "name", "phone");

    /** The SQL expression building the JSON object from one text parameter per field. */
    static final String JSON_OF_PARAMETERS = NAMES.stream().map(name -> "'" + name + "', ?::text")
            .collect(Collectors.joining(", ", "jsonb_strip_nulls(jsonb_build_object(", "))"));

    private ChannelMessageFields() {}

    /** The SQL select list taking the fields of the named JSON column apart, in {@link #NAMES} order. */
    static String selectFrom(String column) {
        return NAMES.stream().map(name -> column + "->>'" + name + "'").collect(Collectors.joining(", "));
    }

    /** The message's fields in {@link #NAMES} order; doubles as Java prints them, which read back exactly. */
    static Object[] values(InboundMessage message) {
        Object[] v = new Object[NAMES.size()];
        switch (message) {
            case InboundMessage.Text t -> put(v, "type", "text", "text", t.text());
            case InboundMessage.ChoiceReply c -> put(v, "type", "choice", "text", c.value(), "label", c.label());
            case InboundMessage.MediaReference m -> put(v, "type", "media", "text", m.mediaId(), "channel",
                    m.channel().key(), "kind", m.kind().name(), "mime_type", m.mimeType().orElse(null),
                    "caption", m.caption().orElse(null));
            case InboundMessage.SharedLocation l -> put(v, "type", "location", "latitude",
                    Double.toString(l.latitude()), "longitude", Double.toString(l.longitude()),
                    "name", l.name().orElse(null));
            case InboundMessage.SharedContact c -> put(v, "type", "contact", "name", c.name(),
                    "phone", c.phone().orElse(null));
        }
        return v;
    }

    /** The message whose fields {@code field} returns by name. */
    static InboundMessage message(UnaryOperator<String> field) {
        String type = field.apply("type");
        return switch (type == null ? "" : type) {
            case "text" -> new InboundMessage.Text(field.apply("text"));
            case "choice" -> new InboundMessage.ChoiceReply(field.apply("text"), field.apply("label"));
            case "media" -> new InboundMessage.MediaReference(
                    Channel.ofKey(field.apply("channel")), MediaKind.valueOf(field.apply("kind")),
                    field.apply("text"), Optional.ofNullable(field.apply("mime_type")),
                    Optional.ofNullable(field.apply("caption")));
            case "location" -> new InboundMessage.SharedLocation(Double.parseDouble(field.apply("latitude")),
                    Double.parseDouble(field.apply("longitude")), Optional.ofNullable(field.apply("name")));
            case "contact" -> new InboundMessage.SharedContact(field.apply("name"), Optional.ofNullable(field.apply("phone")));
            default -> throw new IllegalArgumentException("Not a kept channel message type: " + type);
        };
    }

    private static void put(Object[] values, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values[NAMES.indexOf(namesAndValues[i])] = namesAndValues[i + 1];
        }
    }
}
