package org.botserver.application.knowledge;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Adds a document to a knowledge base, or replaces the one of the same name: the file is written into the bot's
 * package under {@code <bot>.gbkb/<collection>/} and the knowledge base is ingested again in the background.
 */
@PrimaryPort
public interface UploadKnowledgeDocument {

    UploadedDocument upload(UploadDocumentCommand command);
}
