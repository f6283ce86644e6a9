package org.botserver.application.mail;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * {@code SEND MAIL to, subject, body} (also {@code SEND EMAIL} and {@code BEGIN MAIL … END MAIL}): checks the
 * addresses and queues the mail; the dialog goes on at once with TRUE while the outbox sends it.
 */
public final class SendMailHandler implements CapabilityHandler {

    private final QueueMail queue;

    public SendMailHandler(QueueMail queue) {
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public Set<String> keywords() {
        return Set.of("SEND MAIL");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        List<Value> arguments = capability.arguments();
        if (arguments.size() != 3) {
            return new CapabilityResult.Failed("SEND MAIL needs a recipient, a subject and a body: "
                    + "SEND MAIL \"ana@example.com\", \"Subject\", \"Text\".");
        }
        String to = arguments.get(0).asText().strip();
        if (to.isEmpty()) return new CapabilityResult.Failed("SEND MAIL needs at least one recipient address.");
        try {
            queue.queue(new QueueMailCommand(scope.botId(), Recipients.parse(to), arguments.get(1).asText(),
                    arguments.get(2).asText()));
            return new CapabilityResult.Performed(BoolValue.TRUE);
        } catch (IllegalArgumentException e) {
            return new CapabilityResult.Failed("SEND MAIL: " + e.getMessage());
        }
    }
}
