package org.botserver.application.knowledge;

import java.util.Objects;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * A document to put into a knowledge base: a plain file name (no folder, no "..", not hidden) and its bytes,
 * at most {@code maxBytes}.
 */
public record UploadDocumentCommand(KnowledgeBaseId kb, String name, byte[] content) {

    public UploadDocumentCommand {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(content, "content");
        String problem = problemWithName(name);
        if (problem != null) throw new InvalidCommandException(problem);
        if (content.length == 0) throw new InvalidCommandException("The document is empty: send its content as the request body.");
    }

    /** Why the text cannot name a document uploaded into a knowledge base, or null when it can. */
    public static String problemWithName(String name) {
        if (name == null || name.isBlank()) return "Name the document with the name parameter, e.g. name=returns.md.";
        if (name.contains("/") || name.contains("\\")) return "'" + name + "' is not a plain file name: no folders.";
        if (name.startsWith(".")) return "'" + name + "' is not a plain file name: it must not start with '.'.";
        if (name.length() > 200) return "A document name has at most 200 characters.";
        return PackagePath.problemWith(name);
    }
}
