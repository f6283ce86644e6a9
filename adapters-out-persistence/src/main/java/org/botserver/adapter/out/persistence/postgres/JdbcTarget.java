package org.botserver.adapter.out.persistence.postgres;

/** The database to connect to, whether embedded or configured. */
record JdbcTarget(String url, String user, String password) {

    @Override public String toString() { return "JdbcTarget[" + url + ", user " + user + "]"; }
}
