/**
 * Conversations on messaging channels: inbound webhooks mapped to conversations (started or continued),
 * processed once and in order, and the replies handed to the channel's sender.
 */
package org.botserver.application.channel;
