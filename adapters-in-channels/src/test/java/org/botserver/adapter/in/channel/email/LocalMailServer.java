package org.botserver.adapter.in.channel.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a port of its own that stays the same across stops and starts, so a test can
 * take the server down and bring it back where the bot's settings point; one account, "bot" with "s3cret".
 */
final class LocalMailServer implements AutoCloseable {

    static final String USER = "bot";
    static final String PASSWORD = "s3cret";

    private final int port = freePort();
    private GreenMail greenMail;

    int port() {
        return port;
    }

    void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.setUser("bot@example.com", USER, PASSWORD);
        greenMail.start();
    }

    void stop() {
        if (greenMail != null) greenMail.stop();
        greenMail = null;
    }

    /** Every message the server has taken so far. */
    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
