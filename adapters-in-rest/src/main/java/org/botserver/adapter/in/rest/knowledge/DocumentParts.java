package org.botserver.adapter.in.rest.knowledge;

import jakarta.ws.rs.core.EntityPart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.UploadDocumentCommand;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Reads a {@code multipart/form-data} upload into one command per {@code file} part, checking every part (its
 * name, its file name, its size) before any document is stored, so a bad part leaves the knowledge base as it was.
 */
final class DocumentParts {

    static final String FILE = "file";

    private final long maxBytes;
    private final int maxFiles;

    DocumentParts(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    List<UploadDocumentCommand> read(KnowledgeBaseId kb, List<EntityPart> parts) {
        if (parts == null || parts.isEmpty()) throw new InvalidCommandException("The form has no parts: send each document as a part named file.");
        if (parts.size() > maxFiles) throw new InvalidCommandException("At most " + maxFiles + " documents may be sent at once; this form has " + parts.size() + " parts.");
        Set<String> names = new HashSet<>();
        for (EntityPart part : parts) {
            String name = fileName(part);
            if (!names.add(name)) throw new InvalidCommandException("The form sends '" + name + "' twice.");
        }
        List<UploadDocumentCommand> commands = new ArrayList<>(parts.size());
        for (EntityPart part : parts) {
            String name = fileName(part);
            byte[] content = DocumentBytes.readAtMost(part.getContent(), maxBytes, name);
            if (content.length == 0) throw new InvalidCommandException("The part for '" + name + "' is empty.");
            commands.add(new UploadDocumentCommand(kb, name, content));
        }
        return commands;
    }

    /** The part's file name, once the part is known to be a file part with a plain file name. */
    private static String fileName(EntityPart part) {
        if (!FILE.equals(part.getName())) {
            throw new InvalidCommandException("The form has a part named '" + part.getName() + "'; send each document as a part named file.");
        }
        Optional<String> fileName = part.getFileName().filter(n -> !n.isBlank());
        if (fileName.isEmpty()) {
            throw new InvalidCommandException("A file part has no file name: give it one (Content-Disposition: form-data; name=\"file\"; filename=\"faq.md\").");
        }
        String problem = UploadDocumentCommand.problemWithName(fileName.get());
        if (problem != null) throw new InvalidCommandException(problem);
        return fileName.get();
    }
}
