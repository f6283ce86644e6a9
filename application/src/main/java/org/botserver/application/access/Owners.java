package org.botserver.application.access;

/** The user ids conversations are stored under: signed-in members get a prefix that client input may not use. */
public final class Owners {

    static final String MEMBER_PREFIX = "oidc:";

    private Owners() {
    }

    public static String ofMember(String subject) {
        return MEMBER_PREFIX + subject;
    }

    /** Whether a user id sent by a client claims to be a signed-in member, which only a verified token may do. */
    public static boolean claimsMembership(String userId) {
        return userId != null && userId.startsWith(MEMBER_PREFIX);
    }
}
