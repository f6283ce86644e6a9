package org.botserver.adapter.in.rest.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.botserver.application.bot.ListBots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code GET /api/bots}: the bots a conversation can be started with. */
@PrimaryAdapter
@ApplicationScoped
@Path("/bots")
@Tag(name = "bots")
public class BotResource {

    @Inject
    ListBots listBots;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the loaded bots", description = "Every bot loaded from the bots folder, by id.")
    public List<BotJson> list() {
        return listBots.list().stream().map(BotJson::of).toList();
    }
}
