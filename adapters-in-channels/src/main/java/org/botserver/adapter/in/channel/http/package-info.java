/** What both channel adapters need to call a provider's HTTP API: retries with back-off, Retry-After, pacing. */
package org.botserver.adapter.in.channel.http;
