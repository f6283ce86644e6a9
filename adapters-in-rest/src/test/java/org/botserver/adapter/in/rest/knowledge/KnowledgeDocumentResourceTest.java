package org.botserver.adapter.in.rest.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.UploadDocumentCommand;
import org.botserver.application.knowledge.UploadedDocument;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

/** Raw document uploads and deletes: what reaches the knowledge base, and what is refused before it. */
class KnowledgeDocumentResourceTest {

    private static final KnowledgeBaseId FAQ = KnowledgeBaseId.of(new BotId("shop"), "faq");

    private final List<UploadDocumentCommand> uploaded = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final KnowledgeDocumentResource resource = new KnowledgeDocumentResource();

    KnowledgeDocumentResourceTest() {
        resource.maxBytes = 16;
        resource.upload = command -> {
            uploaded.add(command);
            return new UploadedDocument(command.kb(), command.name(), false);
        };
        resource.remove = (kb, path) -> removed.add(kb + ":" + path) && path.equals("returns.md");
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_upload_hands_the_body_under_its_name_to_the_knowledge_base() {
        UploadedDocument stored = resource.store("shop", "faq", "returns.md", body("Thirty days."));

        assertEquals(new UploadedDocument(FAQ, "returns.md", false), stored);
        assertEquals("returns.md", uploaded.getFirst().name());
        assertArrayEquals("Thirty days.".getBytes(StandardCharsets.UTF_8), uploaded.getFirst().content());
        assertEquals(new KnowledgeDocumentJson("returns.md", "shop", "faq", false, "queued"), KnowledgeDocumentJson.of(stored));
    }

    @Test
    void names_with_folders_or_dot_dot_are_refused_before_anything_is_read_or_stored() {
        for (String name : List.of("../../etc/passwd", "sub/x.md", "..", ".env", "a\\b.md")) {
            assertThrows(InvalidCommandException.class, () -> resource.store("shop", "faq", name, body("x")), name);
        }
        assertThrows(InvalidCommandException.class, () -> resource.store("shop", "faq", null, body("x")));
        assertThrows(InvalidCommandException.class, () -> resource.store("shop", "..", "x.md", body("x")));
        assertThrows(UnknownBotException.class, () -> resource.store("../shop", "faq", "x.md", body("x")));
        assertTrue(uploaded.isEmpty());
    }

    @Test
    void a_body_over_the_limit_is_refused_and_nothing_is_stored() {
        assertThrows(DocumentBytes.TooLargeException.class,
                () -> resource.store("shop", "faq", "big.md", body("seventeen bytes!!")));
        resource.store("shop", "faq", "fits.md", body("sixteen bytes!!!"));

        assertEquals(List.of("fits.md"), uploaded.stream().map(UploadDocumentCommand::name).toList());
    }

    @Test
    void an_empty_body_is_refused() {
        assertThrows(InvalidCommandException.class, () -> resource.store("shop", "faq", "empty.md", body("")));
    }

    @Test
    void a_delete_names_the_document_by_its_path_in_the_collection() {
        assertTrue(resource.removed("shop", "faq", "returns.md"));
        assertFalse(resource.removed("shop", "faq", "other.md"));

        assertEquals(List.of("shop/faq:returns.md", "shop/faq:other.md"), removed);
    }

    @Test
    void authors_may_upload_and_only_admins_may_delete() throws NoSuchMethodException {
        var upload = KnowledgeDocumentResource.class.getMethod("upload", String.class, String.class, String.class, InputStream.class);
        var form = KnowledgeDocumentResource.class.getMethod("uploadForm", String.class, String.class, List.class);
        var delete = KnowledgeDocumentResource.class.getMethod("delete", String.class, String.class, String.class);

        assertArrayEquals(new String[] {"admin", "bot-author"}, upload.getAnnotation(RolesAllowed.class).value());
        assertArrayEquals(new String[] {"admin", "bot-author"}, form.getAnnotation(RolesAllowed.class).value());
        assertArrayEquals(new String[] {"admin"}, delete.getAnnotation(RolesAllowed.class).value());
    }
}
