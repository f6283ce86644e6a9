package org.botserver.application.knowledge;

import java.util.List;
import org.botserver.domain.knowledge.Passage;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Reads a document's text (PDF, DOCX, HTML, Markdown, CSV, JSON…) as passages: pages where the format has them,
 * one passage per row for tables. Throws {@link UnreadableDocumentException} for a file it cannot read.
 */
@SecondaryPort
public interface TextExtractor {

    List<Passage> extract(String fileName, byte[] content);
}
