package org.botserver.adapter.in.rest.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.mail.ListMail;
import org.botserver.application.mail.MailStatus;
import org.botserver.domain.bot.BotId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** {@code /api/bots/{id}/mail}: what became of the mails a bot sent (admin). */
@PrimaryAdapter
@ApplicationScoped
@Path("/bots/{id}/mail")
@Tag(name = "mail")
public class MailResource {

    static final int DEFAULT_LIMIT = 50;

    @Inject
    ListMail listMail;

    @GET
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bot's recent mails (admin)", description = "Newest first, at most limit (default 50, up to "
            + "500), optionally only one status (queued, sent or failed): recipients, subject, status, attempts and "
            + "the last error. Bodies are not shown.")
    public List<MailJson> list(@PathParam("id") String id, @QueryParam("status") String status,
                               @QueryParam("limit") Integer limit) {
        if (!BotId.isValid(id)) throw new UnknownBotException(id);
        if (limit != null && (limit < 1 || limit > ListMail.MAX_LIMIT)) {
            throw new InvalidCommandException("limit must be between 1 and " + ListMail.MAX_LIMIT + ".");
        }
        return listMail.recent(new BotId(id), status(status), limit == null ? DEFAULT_LIMIT : limit).stream()
                .map(MailJson::of).toList();
    }

    private static Optional<MailStatus> status(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Arrays.stream(MailStatus.values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst()
                .map(Optional::of).orElseThrow(() -> new InvalidCommandException("status is queued, sent or failed, not '"
                        + text.toLowerCase(Locale.ROOT) + "'."));
    }
}
