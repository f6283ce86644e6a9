/**
 * The scripted language model of the specs: a script of answers and tool calls that the bots under test get as
 * their model, in-process as the application's {@code LanguageModel} port, remotely as a local OpenAI-compatible server.
 */
package org.botserver.specs.llm;
