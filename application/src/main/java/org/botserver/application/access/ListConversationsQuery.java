package org.botserver.application.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.conversation.InvalidCommandException;

/** Whose conversations the caller asks for (its own when {@code user} is empty) and which page of them. */
public record ListConversationsQuery(Caller caller, Optional<String> user, int limit, Optional<Instant> before) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ListConversationsQuery {
        Objects.requireNonNull(caller, "caller");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException("The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        user = user == null ? Optional.empty() : user.map(String::strip).filter(u -> !u.isEmpty());
        if (before == null) before = Optional.empty();
    }

    /** The query from client input; a missing limit means the default. */
    public static ListConversationsQuery of(Caller caller, String user, Integer limit, Instant before) {
        return new ListConversationsQuery(caller, Optional.ofNullable(user), limit == null ? DEFAULT_LIMIT : limit,
                Optional.ofNullable(before));
    }
}
