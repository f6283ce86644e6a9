/** Knowledge for the bots' answers: the embedding port shared by the semantic answer cache and the knowledge bases. */
package org.botserver.application.knowledge;
