package org.botserver.application.mail;

import java.util.Objects;
import java.util.regex.Pattern;
import org.botserver.domain.bot.BotId;
import org.jmolecules.ddd.annotation.ValueObject;

/** One e-mail a bot sends: from the bot's own address (its email-from setting) to the recipients. */
@ValueObject
public record Mail(BotId bot, Recipients to, String subject, String body) {

    /** The longest line SMTP allows is 998 characters; a subject stays within one. */
    public static final int MAX_SUBJECT = 998;
    /** Dialog-written mails are messages, not file transfers. */
    public static final int MAX_BODY = 1_000_000;
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    public Mail {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(to, "to");
        // Line breaks in a subject would start new headers; they become spaces.
        subject = LINE_BREAKS.matcher(Objects.requireNonNull(subject, "subject")).replaceAll(" ").strip();
        Objects.requireNonNull(body, "body");
        if (subject.isEmpty()) throw new IllegalArgumentException("a mail needs a subject.");
        if (subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("a subject is at most " + MAX_SUBJECT + " characters.");
        }
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("a mail body is at most " + MAX_BODY + " characters, not " + body.length() + ".");
        }
    }
}
