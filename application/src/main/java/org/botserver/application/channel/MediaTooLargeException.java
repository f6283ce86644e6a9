package org.botserver.application.channel;

/** A file a user sent is larger than the server takes; the message is the reply they get. */
public class MediaTooLargeException extends RuntimeException {

    public MediaTooLargeException(long maxBytes) {
        super("That file is too large: I can take files of up to " + megabytes(maxBytes) + ". Please send a smaller one.");
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb >= 1 ? mb + " MB" : bytes + " bytes";
    }
}
