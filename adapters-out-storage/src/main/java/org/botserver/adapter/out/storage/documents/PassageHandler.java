package org.botserver.adapter.out.storage.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.botserver.domain.knowledge.Passage;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML as passages: one per page (PDF) or slide (PPTX), one per table row
 * (spreadsheets), else one for the whole document; headings are marked "# " so the chunker can break there.
 */
final class PassageHandler extends DefaultHandler {

    /** How a document's text is divided into passages. */
    enum Split { PAGES, ROWS, WHOLE }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "br", "table", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "pre", "blockquote");
    private static final int MAX_CHARACTERS = 20_000_000;

    private final Split split;
    private final List<Passage> passages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int characters;
    private int page;
    private boolean inCell;
    private int cellStart = -1;
    private final List<String> cells = new ArrayList<>();

    PassageHandler(Split split) {
        this.split = split;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String element = localName.isEmpty() ? qName : localName;
        String cssClass = attributes.getValue("class");
        if (split == Split.PAGES && element.equals("div") && ("page".equals(cssClass) || "slide-content".equals(cssClass))) {
            flush();
            page++;
        } else if (split == Split.ROWS && element.equals("tr")) {
            flush();
        } else if (split == Split.ROWS && (element.equals("td") || element.equals("th"))) {
            cellStart = current.length();
        } else if (element.matches("h[1-6]")) {
            current.append("\n# ");
        } else if (element.equals("td") || element.equals("th")) {
            if (inCell || current.length() > 0 && current.charAt(current.length() - 1) != '\n') current.append(split == Split.ROWS ? "; " : " ");
            inCell = true;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String element = localName.isEmpty() ? qName : localName;
        if (split == Split.ROWS && element.equals("tr")) {
            current.setLength(0);
            current.append(String.join("; ", cells));
            cells.clear();
            flush();
        } else if (split == Split.ROWS && cellStart >= 0 && (element.equals("td") || element.equals("th"))) {
            String cell = current.substring(cellStart).strip();
            if (!cell.isEmpty()) cells.add(cell);
            current.setLength(cellStart);
            cellStart = -1;
        } else if (BLOCKS.contains(element)) {
            current.append('\n');
            inCell = false;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        characters += length;
        if (characters > MAX_CHARACTERS) throw new DocumentTooLong();
        current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        current.append(ch, start, length);
    }

    List<Passage> passages() {
        flush();
        return List.copyOf(passages);
    }

    private void flush() {
        String text = current.toString().strip();
        current.setLength(0);
        if (text.isEmpty()) return;
        passages.add(new Passage(text, split == Split.PAGES && page > 0 ? OptionalInt.of(page) : OptionalInt.empty()));
    }

    /** Thrown from inside the parser to stop it: a document with more text than a knowledge base should hold. */
    static final class DocumentTooLong extends RuntimeException {
        DocumentTooLong() {
            super("more than " + MAX_CHARACTERS + " characters of text", null, false, false);
        }
    }
}
