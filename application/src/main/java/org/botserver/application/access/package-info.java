/** Who may use a conversation, the signed tokens of anonymous web chats, and the request and message budgets. */
package org.botserver.application.access;
