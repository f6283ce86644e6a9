/**
 * The Telegram Bot API channel: the webhook (updates checked by their secret token), sending with
 * {@code sendMessage}/{@code sendPhoto}/{@code sendDocument}, and registering the webhook with {@code setWebhook}.
 */
package org.botserver.adapter.in.channel.telegram;
