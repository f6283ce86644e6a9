package org.botserver.adapter.in.rest.knowledge;

import static org.botserver.adapter.in.rest.knowledge.FilePart.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityPart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.UploadDocumentCommand;
import org.botserver.application.knowledge.UploadedDocument;
import org.junit.jupiter.api.Test;

/**
 * Documents uploaded as a multipart form: every file part stored under its file name, and every part checked before
 * any is stored. The answers' statuses (201, 200, 413, 400) are checked over HTTP in KnowledgeDocumentsIT.
 */
class KnowledgeDocumentFormTest {

    private final List<UploadDocumentCommand> uploaded = new ArrayList<>();
    private final KnowledgeDocumentResource resource = new KnowledgeDocumentResource();

    KnowledgeDocumentFormTest() {
        resource.maxBytes = 16;
        resource.maxFiles = 3;
        resource.upload = command -> {
            uploaded.add(command);
            return new UploadedDocument(command.kb(), command.name(), command.name().equals("old.md"));
        };
    }

    private List<String> storedNames() {
        return uploaded.stream().map(UploadDocumentCommand::name).toList();
    }

    private void refused(Class<? extends Exception> failure, String detail, EntityPart... parts) {
        var thrown = assertThrows(failure, () -> resource.storeAll("shop", "faq", List.of(parts)));
        assertTrue(thrown.getMessage().contains(detail), thrown.getMessage());
        assertTrue(uploaded.isEmpty(), "stored " + storedNames());
    }

    @Test
    void each_file_part_is_stored_under_its_file_name() {
        var stored = resource.storeAll("shop", "faq", List.of(file("returns.md", "Thirty days."), file("old.md", "Replaced.")));

        assertEquals(List.of("returns.md", "old.md"), storedNames());
        assertEquals("Thirty days.", new String(uploaded.getFirst().content(), StandardCharsets.UTF_8));
        assertEquals(List.of(false, true), stored.stream().map(UploadedDocument::replaced).toList());
    }

    @Test
    void a_file_name_with_folders_or_dot_dot_refuses_the_whole_form() {
        refused(InvalidCommandException.class, "no folders", file("fine.md", "x"), file("../../shop.gbdialog/start.bas", "x"));
        refused(InvalidCommandException.class, "no folders", file("C:\\Users\\ana\\faq.md", "x"));
        refused(InvalidCommandException.class, "must not start with '.'", file(".env", "x"));
    }

    @Test
    void a_part_that_is_not_a_named_file_refuses_the_whole_form() {
        refused(InvalidCommandException.class, "part named 'comment'", file("fine.md", "x"), new FilePart("comment", null, new byte[] {1}));
        refused(InvalidCommandException.class, "no file name", new FilePart("file", null, new byte[] {1}));
        refused(InvalidCommandException.class, "no file name", new FilePart("file", " ", new byte[] {1}));
    }

    @Test
    void an_empty_form_a_repeated_name_or_too_many_files_is_refused() {
        refused(InvalidCommandException.class, "no parts");
        refused(InvalidCommandException.class, "'a.md' twice", file("a.md", "x"), file("a.md", "y"));
        refused(InvalidCommandException.class, "At most 3 documents", file("a.md", "x"), file("b.md", "x"), file("c.md", "x"), file("d.md", "x"));
        refused(InvalidCommandException.class, "'e.md' is empty", file("d.md", "x"), file("e.md", ""));
    }

    @Test
    void a_file_over_the_limit_refuses_the_whole_form_as_too_large() {
        refused(DocumentBytes.TooLargeException.class, "'big.md' is larger than the 16 bytes",
                file("fits.md", "sixteen bytes!!!"), file("big.md", "seventeen bytes!!"));
    }

    @Test
    void an_unknown_bot_or_a_bad_knowledge_base_name_is_refused_before_any_part_is_read() {
        assertThrows(UnknownBotException.class, () -> resource.storeAll("../shop", "faq", List.of(file("a.md", "x"))));
        assertThrows(InvalidCommandException.class, () -> resource.storeAll("shop", "..", List.of(file("a.md", "x"))));
    }
}
