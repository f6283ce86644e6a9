/** JavaScript tools of a bot: the JSDoc-style header that declares a {@code .js} tool's description and parameters. */
package org.botserver.domain.basic.script;
