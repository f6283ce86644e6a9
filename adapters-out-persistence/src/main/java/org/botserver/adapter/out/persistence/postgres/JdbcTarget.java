package org.botserver.adapter.out.persistence.postgres;

/** The database to connect to, whether embedded or configured. */
record JdbcTarget(String url, String user, String password) {

    /** The URL without its parameters, which may hold a password; for messages and logs. */
    String safeUrl() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    @Override public String toString() { return "JdbcTarget[" + safeUrl() + ", user " + user + "]"; }
}
