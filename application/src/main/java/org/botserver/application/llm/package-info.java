/**
 * The language model: the port to the providers, the answer to messages no dialog waits for with its tool
 * loop over the bot's BASIC tools, and the LLM keyword of dialogs.
 */
package org.botserver.application.llm;
