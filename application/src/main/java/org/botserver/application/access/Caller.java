package org.botserver.application.access;

import java.util.Objects;
import java.util.Set;

/** Who sends a request: nobody known, the holder of a conversation token, or a user signed in with OIDC. */
public sealed interface Caller {

    /** Role that may read and drive every conversation. */
    String ADMIN = "admin";

    /** No token of any kind. */
    record Nobody() implements Caller {
    }

    /** An anonymous web chat client holding the token it got when it started its conversation. */
    record TokenHolder(String conversationToken) implements Caller {
        public TokenHolder {
            Objects.requireNonNull(conversationToken, "conversationToken");
        }
    }

    /** A user whose bearer token the server verified: its subject and roles. */
    record Member(String subject, Set<String> roles) implements Caller {
        public Member {
            if (subject == null || subject.isBlank()) throw new IllegalArgumentException("A member has a subject.");
            roles = Set.copyOf(roles);
        }

        public boolean isAdmin() {
            return roles.contains(ADMIN);
        }

        /** The user id a conversation of this member is stored under; anonymous ids can never take this form. */
        public String ownerId() {
            return Owners.ofMember(subject);
        }
    }

    /** A member if the subject is known, else a token holder if a token was sent, else nobody. */
    static Caller of(String subject, Set<String> roles, String conversationToken) {
        if (subject != null && !subject.isBlank()) return new Member(subject, roles);
        if (conversationToken != null && !conversationToken.isBlank()) return new TokenHolder(conversationToken.strip());
        return new Nobody();
    }
}
