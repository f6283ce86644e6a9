package org.botserver.adapter.in.rest.bot;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.botserver.adapter.in.rest.problem.OwnBodyLimit;
import org.botserver.application.bot.DeployBot;
import org.botserver.application.bot.DeployBotCommand;
import org.botserver.application.bot.Deployment;
import org.botserver.application.bot.InspectBot;
import org.botserver.application.bot.ListBots;
import org.botserver.application.bot.RemoveBot;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.bot.BotId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code /api/bots}: list, inspect, deploy (zip of a .gbai) and delete bots. */
@PrimaryAdapter
@ApplicationScoped
@Path("/bots")
@Tag(name = "bots")
public class BotResource {

    @Inject
    ListBots listBots;
    @Inject
    InspectBot inspectBot;
    @Inject
    DeployBot deployBot;
    @Inject
    RemoveBot removeBot;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the running bots", description = "Every bot loaded from storage, by id.")
    public List<BotJson> list() {
        return listBots.list().stream().map(BotJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inspect a bot", description = "Dialogs, tools, KB collections, config without secrets, the "
            + "deployed version and every problem with the package in storage (compile errors, refused versions).")
    public BotDetailsJson inspect(@PathParam("id") String id) {
        return BotDetailsJson.of(inspectBot.inspect(botId(id)));
    }

    @POST
    @OwnBodyLimit
    @RolesAllowed({"admin", "bot-author"})
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deploy a bot (admin, bot-author)", description = "The body is a zip holding one <bot>.gbai folder. It is "
            + "checked completely (zip safety, folder names, sizes, every dialog and config row) before anything is "
            + "stored: 201 for a new bot, 200 when it replaced one, 400 problem with every reason otherwise.")
    public Response deploy(InputStream zip) {
        return switch (deployBot.deploy(new DeployBotCommand(zip))) {
            case Deployment.Deployed(var bot, boolean replaced) -> (replaced ? Response.ok()
                    : Response.created(URI.create("/api/bots/" + bot.id().value()))).entity(BotDetailsJson.of(bot)).build();
            case Deployment.Refused(List<String> problems) -> PackageProblem.refused(problems);
        };
    }

    @DELETE
    @RolesAllowed("admin")
    @Path("/{id}")
    @Operation(summary = "Delete a bot (admin)", description = "Deletes the package from storage and stops serving the bot.")
    public Response delete(@PathParam("id") String id) {
        removeBot.remove(botId(id));
        return Response.noContent().build();
    }

    /** An id that cannot name a bot names no bot: 404 like any other unknown one. */
    private static BotId botId(String id) {
        if (!BotId.isValid(id)) throw new UnknownBotException(id);
        return new BotId(id);
    }
}
