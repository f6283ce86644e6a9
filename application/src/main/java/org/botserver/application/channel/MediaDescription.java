package org.botserver.application.channel;

import java.util.Locale;
import java.util.Optional;

/** The JSON text a dialog hears for a file a user sent. */
final class MediaDescription {

    private MediaDescription() {
    }

    static String of(ReceivedMedia media, Optional<String> caption, String reference) {
        return "{\"kind\":" + quoted(media.kind().name().toLowerCase(Locale.ROOT))
                + ",\"mime_type\":" + quoted(media.mimeType())
                + ",\"file_name\":" + quoted(media.fileName().orElse(""))
                + ",\"size\":" + media.size()
                + ",\"caption\":" + quoted(caption.orElse(""))
                + ",\"media\":" + quoted(reference) + "}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
