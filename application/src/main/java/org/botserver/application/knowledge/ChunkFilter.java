package org.botserver.application.knowledge;

import java.util.Objects;
import java.util.OptionalInt;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.bot.PackagePath;

/**
 * Which of a knowledge base's chunks a search may return: any document, one document by its path, or every
 * document in a folder, optionally only chunks of one page. Indexes apply it before ranking, so a narrowed
 * search still finds its best {@code limit} chunks rather than what survives of an unfiltered top list.
 */
public record ChunkFilter(Documents documents, OptionalInt page) {

    /** Every chunk. */
    public static final ChunkFilter NONE = new ChunkFilter(new AnyDocument(), OptionalInt.empty());

    /** Which documents' chunks are kept. */
    public sealed interface Documents permits AnyDocument, Document, Folder {
    }

    /** Chunks of every document. */
    public record AnyDocument() implements Documents {
    }

    /** Chunks of the document with this path in the collection ("faq.md", "manuals/router.pdf"). */
    public record Document(String path) implements Documents {
        public Document {
            String problem = PackagePath.problemWith(path);
            if (problem != null) throw new IllegalArgumentException(problem);
        }
    }

    /** Chunks of the documents inside this folder of the collection, at any depth ("manuals", "manuals/2024"). */
    public record Folder(String path) implements Documents {
        public Folder {
            String problem = PackagePath.problemWith(path);
            if (problem != null) throw new IllegalArgumentException(problem);
        }

        /** What every path inside the folder starts with. */
        public String prefix() {
            return path + "/";
        }
    }

    public ChunkFilter {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(page, "page");
        if (page.isPresent() && page.getAsInt() < 1) throw new IllegalArgumentException("Pages are numbered from 1.");
    }

    /**
     * A source as users write it: a folder when it ends with "/" ("manuals/"), else one document ("faq.md");
     * an {@link InvalidCommandException} saying why when it cannot name either.
     */
    public static ChunkFilter ofSource(String source) {
        try {
            if (source.endsWith("/")) return new ChunkFilter(new Folder(source.substring(0, source.length() - 1)), OptionalInt.empty());
            return new ChunkFilter(new Document(source), OptionalInt.empty());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("The source '" + source + "' names no document or folder: " + e.getMessage());
        }
    }

    /** This filter, keeping only chunks of that page. */
    public ChunkFilter onPage(int number) {
        return new ChunkFilter(documents, OptionalInt.of(number));
    }

    public boolean isNone() {
        return documents instanceof AnyDocument && page.isEmpty();
    }

    /** Whether the chunk passes; what indexes without a query language of their own use. */
    public boolean accepts(KnowledgeChunk chunk) {
        boolean inDocuments = switch (documents) {
            case AnyDocument any -> true;
            case Document document -> chunk.documentPath().equals(document.path());
            case Folder folder -> chunk.documentPath().startsWith(folder.prefix());
        };
        return inDocuments && (page.isEmpty() || chunk.page().equals(page));
    }

    /** How the filter reads in a cache key or a log: "*", "doc:faq.md", "folder:manuals/ page:3". */
    @Override
    public String toString() {
        String which = switch (documents) {
            case AnyDocument any -> "*";
            case Document document -> "doc:" + document.path();
            case Folder folder -> "folder:" + folder.prefix();
        };
        return page.isPresent() ? which + " page:" + page.getAsInt() : which;
    }
}
