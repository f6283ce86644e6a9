package org.botserver.application.channel;

import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.channel.MediaKind;

/** A file a channel user sent, as fetched from the provider: what it is, its type and name, and its bytes. */
public record ReceivedMedia(MediaKind kind, String mimeType, Optional<String> fileName, byte[] content) {

    public ReceivedMedia {
        Objects.requireNonNull(kind, "kind");
        mimeType = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType.strip();
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    public long size() {
        return content.length;
    }
}
