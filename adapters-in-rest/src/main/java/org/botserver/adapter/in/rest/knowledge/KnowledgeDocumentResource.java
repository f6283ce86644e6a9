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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
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

/** {@code /api/kb/{bot}/{kb}/documents}: upload documents into a knowledge base (raw or as a form), or delete one. */
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
    @Inject
    @ConfigProperty(name = "kb.upload.max-files", defaultValue = "20")
    int maxFiles;

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
        try {
            return answer(bot, kb, store(bot, kb, name, body));
        } catch (DocumentBytes.TooLargeException e) {
            return e.problem().toResponse();
        }
    }

    @POST
    @OwnBodyLimit
    @UploadFormLimit
    @RolesAllowed({"admin", "bot-author"})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload documents as a form (admin, bot-author)", description = "multipart/form-data with one "
            + "or more parts named file, each with its file name. Every part is checked before any is stored; then "
            + "each is written as by the raw upload: 201 with the documents when one is new, 200 when all replaced one.")
    public Response uploadForm(@PathParam("bot") String bot, @PathParam("kb") String kb, List<EntityPart> parts) {
        List<UploadedDocument> stored;
        try {
            stored = storeAll(bot, kb, parts);
        } catch (DocumentBytes.TooLargeException e) {
            return e.problem().toResponse();
        }
        List<KnowledgeDocumentJson> json = stored.stream().map(KnowledgeDocumentJson::of).toList();
        return stored.stream().filter(d -> !d.replaced()).findFirst()
                .map(created -> Response.created(location(bot, kb, created)).entity(json).build())
                .orElseGet(() -> Response.ok(json).build());
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
        if (body == null) throw new InvalidCommandException("The document is empty: send its content as the request body.");
        return upload.upload(new UploadDocumentCommand(id, name, DocumentBytes.readAtMost(body, maxBytes, name)));
    }

    List<UploadedDocument> storeAll(String bot, String kb, List<EntityPart> parts) {
        List<UploadDocumentCommand> commands = new DocumentParts(maxBytes, maxFiles).read(knowledgeBase(bot, kb), parts);
        return commands.stream().map(upload::upload).toList();
    }

    boolean removed(String bot, String kb, String id) {
        return remove.remove(knowledgeBase(bot, kb), id);
    }

    private Response answer(String bot, String kb, UploadedDocument uploaded) {
        KnowledgeDocumentJson json = KnowledgeDocumentJson.of(uploaded);
        if (uploaded.replaced()) return Response.ok(json).build();
        return Response.created(location(bot, kb, uploaded)).entity(json).build();
    }

    private static URI location(String bot, String kb, UploadedDocument document) {
        return UriBuilder.fromPath("/api/kb/{bot}/{kb}/documents/{id}").build(bot, kb, document.path());
    }

    private static KnowledgeBaseId knowledgeBase(String bot, String kb) {
        if (!BotId.isValid(bot)) throw new UnknownBotException(bot);
        if (!KnowledgeBaseId.isValidCollection(kb)) throw new InvalidCommandException("'" + kb + "' is not a knowledge base name.");
        return KnowledgeBaseId.of(new BotId(bot), kb);
    }
}
