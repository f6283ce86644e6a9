/**
 * Where the bots under test run: in this JVM on the application's use cases, or on a BotServer reached over its
 * REST API. The steps see only {@link org.botserver.specs.target.BotTarget}.
 */
package org.botserver.specs.target;
