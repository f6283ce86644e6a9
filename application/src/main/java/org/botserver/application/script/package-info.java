/**
 * Sandboxed JavaScript: RUN JAVASCRIPT (RUN JS) in a dialog and the bot's {@code .js} tools run through the
 * {@link org.botserver.application.script.ScriptSandbox} port, their results coming back as BASIC values.
 */
package org.botserver.application.script;
