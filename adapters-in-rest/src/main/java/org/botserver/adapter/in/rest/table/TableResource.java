package org.botserver.adapter.in.rest.table;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.botserver.application.bot.ReadBotTable;
import org.botserver.application.bot.ReadTableQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code /api/bots/{id}/tables/{table}}: the rows of a bot's table, as its dialogs' FIND reads them (admin). */
@PrimaryAdapter
@ApplicationScoped
@Path("/bots/{id}/tables/{table}")
@Tag(name = "tables")
public class TableResource {

    @Inject
    ReadBotTable readBotTable;

    @GET
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rows of a bot's table (admin)", description = "The rows a FIND filter selects (all without "
            + "filter), in id order, at most limit (default 100, up to FIND's cap, tables.find.max.rows): one JSON "
            + "object per row, numbers and TRUE/FALSE as JSON numbers and booleans, dates as text. 404 for an unknown "
            + "bot or table, 400 for a filter FIND would refuse.")
    public JsonArray rows(@PathParam("id") String id, @PathParam("table") String table,
                          @QueryParam("filter") String filter, @QueryParam("limit") Integer limit) {
        return TableRowsJson.of(readBotTable.read(ReadTableQuery.of(id, table, filter, limit)));
    }
}
