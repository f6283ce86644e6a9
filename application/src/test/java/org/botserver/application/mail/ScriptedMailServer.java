package org.botserver.application.mail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A mail server whose answers the test scripts: down (refusing) or up (accepting); it keeps what it accepted. */
final class ScriptedMailServer implements MailSender {

    private final Deque<String> refusals = new ArrayDeque<>();
    private final List<MailId> accepted = new ArrayList<>();
    private int attempts;

    /** The next {@code times} attempts are refused with the reason. */
    void refuse(int times, String reason) {
        for (int i = 0; i < times; i++) refusals.add(reason);
    }

    @Override
    public SendResult send(MailId id, Mail mail) {
        attempts++;
        if (!refusals.isEmpty()) return new SendResult.NotAccepted(refusals.removeFirst());
        accepted.add(id);
        return new SendResult.Accepted();
    }

    List<MailId> accepted() {
        return List.copyOf(accepted);
    }

    int attempts() {
        return attempts;
    }
}
