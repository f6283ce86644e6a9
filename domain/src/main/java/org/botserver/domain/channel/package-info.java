/** Messaging channels (WhatsApp, Telegram) in channel-neutral words: who wrote, what came in, what goes out. */
package org.botserver.domain.channel;
