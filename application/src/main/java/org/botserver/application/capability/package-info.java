/** Capability keywords of BASIC dialogs (LLM, USE KB, FIND, GET, SEND MAIL...) routed to the handlers that perform them. */
package org.botserver.application.capability;
