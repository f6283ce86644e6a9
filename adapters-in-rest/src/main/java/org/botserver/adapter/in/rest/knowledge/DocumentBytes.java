package org.botserver.adapter.in.rest.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.botserver.adapter.in.rest.problem.Problem;

/** Reads an uploaded document, refusing it once it grows past the limit rather than reading it whole first. */
final class DocumentBytes {

    private DocumentBytes() {
    }

    static byte[] readAtMost(InputStream content, long maxBytes, String name) {
        try (content) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) throw new TooLargeException(name, maxBytes);
            return bytes;
        } catch (IOException e) {
            // Kept as the cause: the problem mapper recognises the server-wide body limit by it.
            throw new UncheckedIOException(e);
        }
    }

    /** A document larger than kb.upload.max-bytes. */
    static final class TooLargeException extends RuntimeException {

        TooLargeException(String name, long maxBytes) {
            super("The document '" + name + "' is larger than the " + maxBytes + " bytes a document may have.");
        }

        Problem problem() {
            return new Problem("/problems/document-too-large", "Content Too Large", 413, getMessage());
        }
    }
}
