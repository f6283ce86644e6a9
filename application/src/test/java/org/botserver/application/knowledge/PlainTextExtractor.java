package org.botserver.application.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.knowledge.Passage;

/** Reads files as UTF-8 text, a form feed starting a new page; refuses files named {@code *.bin}. */
final class PlainTextExtractor implements TextExtractor {

    @Override
    public List<Passage> extract(String fileName, byte[] content) {
        if (fileName.endsWith(".bin")) throw new UnreadableDocumentException(fileName + " is not a document format the server reads.");
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains("\f")) return List.of(Passage.of(text));
        List<Passage> pages = new ArrayList<>();
        String[] parts = text.split("\f");
        for (int i = 0; i < parts.length; i++) pages.add(Passage.onPage(parts[i], i + 1));
        return pages;
    }
}
