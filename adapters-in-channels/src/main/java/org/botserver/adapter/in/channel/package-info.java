/** WhatsApp and Telegram webhooks; each channel adapter also sends on its own channel. */
package org.botserver.adapter.in.channel;
