package org.botserver.adapter.out.storage.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.botserver.application.knowledge.TextExtractor;
import org.botserver.application.knowledge.UnreadableDocumentException;
import org.botserver.domain.knowledge.Passage;
import org.xml.sax.SAXException;

/**
 * The {@link TextExtractor}: TXT and Markdown as they are, CSV a passage per row, JSON a passage per top-level
 * element, and PDF (per page), DOCX, XLSX (per row), PPTX (per slide) and HTML through Apache Tika.
 */
public final class TikaTextExtractor implements TextExtractor {

    /** A format read through Tika: how its text is divided, and the start of the media type Tika must detect. */
    private record Format(PassageHandler.Split split, String mediaType) {
    }

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";
    private static final Map<String, Format> TIKA_FORMATS = Map.of(
            "pdf", new Format(PassageHandler.Split.PAGES, "application/pdf"),
            "pptx", new Format(PassageHandler.Split.PAGES, OOXML + "presentationml"),
            "xlsx", new Format(PassageHandler.Split.ROWS, OOXML + "spreadsheetml"),
            "docx", new Format(PassageHandler.Split.WHOLE, OOXML + "wordprocessingml"),
            "html", new Format(PassageHandler.Split.WHOLE, "text/html"),
            "htm", new Format(PassageHandler.Split.WHOLE, "text/html"));

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public List<Passage> extract(String fileName, byte[] content) {
        String extension = extension(fileName);
        return switch (extension) {
            case "txt", "text", "md", "markdown" -> List.of(Passage.of(utf8(content)));
            case "csv" -> CsvRows.read(utf8(content)).stream().map(Passage::of).toList();
            case "json" -> JsonPassages.read(fileName, utf8(content)).stream().map(Passage::of).toList();
            default -> {
                Format format = TIKA_FORMATS.get(extension);
                if (format == null) {
                    throw new UnreadableDocumentException(fileName + ": ." + extension + " files are not read into knowledge bases "
                            + "(PDF, DOCX, XLSX, PPTX, HTML, Markdown, TXT, CSV and JSON are).");
                }
                yield parse(fileName, content, format);
            }
        };
    }

    private List<Passage> parse(String fileName, byte[] content, Format format) {
        PassageHandler handler = new PassageHandler(format.split());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(content)) {
            parser.parse(in, handler, metadata, new ParseContext());
            String detected = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
            // Tika trusts the bytes over the name: a text file renamed .pdf is detected as text and yields nothing.
            if (!detected.startsWith(format.mediaType())) throw new UnreadableDocumentException(damaged(fileName));
            return handler.passages();
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(fileName + " is password-protected.", e);
        } catch (PassageHandler.DocumentTooLong e) {
            throw new UnreadableDocumentException(fileName + " is too long: " + e.getMessage() + ".", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw new UnreadableDocumentException(damaged(fileName), e);
        }
    }

    private static String damaged(String fileName) {
        return fileName + " could not be read; it may be damaged or not really a ." + extension(fileName) + " file.";
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** UTF-8 without a byte-order mark; invalid bytes become U+FFFD rather than refusing the file. */
    private static String utf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
