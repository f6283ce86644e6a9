package org.botserver.domain.channel;

/** What a media attachment is, as far as choosing how to show or send it goes. */
public enum MediaKind { IMAGE, DOCUMENT, AUDIO, VIDEO }
