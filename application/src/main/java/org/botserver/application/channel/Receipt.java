package org.botserver.application.channel;

/** What became of a webhook delivery: taken for processing, or recognised as one already taken. */
public enum Receipt { ACCEPTED, DUPLICATE }
