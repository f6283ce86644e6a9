/**
 * The WhatsApp Cloud API channel: the webhook (verification handshake, signed message and status
 * notifications) and sending through the Graph API's {@code /{version}/{phone-number-id}/messages}.
 */
package org.botserver.adapter.in.channel.whatsapp;
