package org.botserver.adapter.in.rest.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.botserver.adapter.in.rest.problem.OwnBodyLimit;
import org.botserver.adapter.in.rest.problem.Problem;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.RemoveKnowledgeDocument;
import org.botserver.application.knowledge.UploadDocumentCommand;
import org.botserver.application.knowledge.UploadKnowledgeDocument;
import org.botserver.application.knowledge.UploadedDocument;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code /api/kb/{bot}/{kb}/documents}: upload a document into a knowledge base, or delete one. */
@PrimaryAdapter
@ApplicationScoped
@Path("/kb/{bot}/{kb}/documents")
@Tag(name = "knowledge")
public class KnowledgeDocumentResource {

    @Inject
    UploadKnowledgeDocument upload;
    @Inject
    RemoveKnowledgeDocument remove;
    @Inject
    @ConfigProperty(name = "kb.upload.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @POST
    @OwnBodyLimit
    @RolesAllowed({"admin", "bot-author"})
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a document (admin, bot-author)", description = "The body is the file itself and name= "
            + "its plain file name. It is written into <bot>.gbkb/<kb>/ and the knowledge base is ingested again in "
            + "the background (see the status): 201 for a new document, 200 when it replaced one.")
    public Response upload(@PathParam("bot") String bot, @PathParam("kb") String kb, @QueryParam("name") String name,
                           InputStream body) {
        UploadedDocument uploaded;
        try {
            uploaded = store(bot, kb, name, body);
        } catch (TooLargeException e) {
            return new Problem("/problems/document-too-large", "Content Too Large", 413,
                    "A document may be at most " + maxBytes + " bytes.").toResponse();
        }
        KnowledgeDocumentJson json = KnowledgeDocumentJson.of(uploaded);
        if (uploaded.replaced()) return Response.ok(json).build();
        return Response.created(UriBuilder.fromPath("/api/kb/{bot}/{kb}/documents/{id}").build(bot, kb, uploaded.path()))
                .entity(json).build();
    }

    @DELETE
    @RolesAllowed("admin")
    @Path("/{id: .+}")
    @Operation(summary = "Delete a document (admin)", description = "Removes the file from the package, its chunks from "
            + "the index and its ingestion record: 204, or 404 when the knowledge base has no such document.")
    public Response delete(@PathParam("bot") String bot, @PathParam("kb") String kb, @PathParam("id") String id) {
        if (removed(bot, kb, id)) return Response.noContent().build();
        return new Problem("/problems/unknown-document", "Unknown document", 404,
                "The knowledge base " + kb + " of bot " + bot + " has no document " + id + ".").toResponse();
    }

    UploadedDocument store(String bot, String kb, String name, InputStream body) {
        KnowledgeBaseId id = knowledgeBase(bot, kb);
        String problem = UploadDocumentCommand.problemWithName(name);
        if (problem != null) throw new InvalidCommandException(problem);
        return upload.upload(new UploadDocumentCommand(id, name, read(body)));
    }

    boolean removed(String bot, String kb, String id) {
        return remove.remove(knowledgeBase(bot, kb), id);
    }

    private static KnowledgeBaseId knowledgeBase(String bot, String kb) {
        if (!BotId.isValid(bot)) throw new UnknownBotException(bot);
        if (!KnowledgeBaseId.isValidCollection(kb)) throw new InvalidCommandException("'" + kb + "' is not a knowledge base name.");
        return KnowledgeBaseId.of(new BotId(bot), kb);
    }

    /** The body, refused once it grows past the limit rather than read whole first. */
    private byte[] read(InputStream body) {
        if (body == null) throw new InvalidCommandException("The document is empty: send its content as the request body.");
        try (body) {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) throw new TooLargeException();
            return content;
        } catch (IOException e) {
            // Kept as the cause: the problem mapper recognises the server-wide body limit by it.
            throw new UncheckedIOException(e);
        }
    }

    /** The document is larger than kb.upload.max-bytes. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("document too large");
        }
    }
}
