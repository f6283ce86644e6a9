/**
 * The e-mail channel: mails from the outbox handed to each bot's SMTP server (Jakarta Mail on Eclipse Angus),
 * configured by the bot's email-* settings, with STARTTLS when the server offers it and bounded timeouts.
 */
package org.botserver.adapter.in.channel.email;
