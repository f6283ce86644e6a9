package org.botserver.domain.conversation;

/** Who wrote a message. */
public enum Sender { USER, BOT }
