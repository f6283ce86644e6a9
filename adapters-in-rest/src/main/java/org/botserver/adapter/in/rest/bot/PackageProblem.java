package org.botserver.adapter.in.rest.bot;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.botserver.adapter.in.rest.problem.Problem;

/** A refused bot package as an RFC 9457 problem, with every reason in the {@code problems} extension member. */
public record PackageProblem(String type, String title, int status, String detail, List<String> problems) {

    static Response refused(List<String> problems) {
        String detail = "The bot package was refused and nothing was changed: " + String.join(" ", problems.stream().limit(3).toList())
                + (problems.size() > 3 ? " (and " + (problems.size() - 3) + " more)" : "");
        return Response.status(400).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new PackageProblem("/problems/invalid-bot-package", "Invalid bot package", 400, detail, problems)).build();
    }
}
