package org.botserver.application.knowledge;

import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Makes a web site a knowledge base of the bot: its pages are read in the background into the collection named
 * after the site and read again on schedule. Answers at once with the knowledge base, which may still be empty.
 */
@PrimaryPort
public interface UseWebsite {

    KnowledgeBaseId use(UseWebsiteCommand command);
}
