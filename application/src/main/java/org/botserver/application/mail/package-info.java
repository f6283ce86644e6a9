/**
 * E-mail as a channel: SEND MAIL (and TALK TO an address) queue the mail in a durable outbox and return at
 * once; a background round claims the due mails, hands them to the SMTP sender and retries failures with
 * back-off until the last attempt, after which the mail stays visible as failed.
 */
package org.botserver.application.mail;
