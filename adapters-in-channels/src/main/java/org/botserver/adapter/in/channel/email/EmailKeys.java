package org.botserver.adapter.in.channel.email;

/** The bot settings (config.csv keys; server-wide EMAIL_SERVER...) the e-mail channel reads. */
final class EmailKeys {

    static final String SERVER = "email-server";
    static final String PORT = "email-port";
    static final String USER = "email-user";
    /** A secret: never logged, never in an API answer, never in a recorded error. */
    static final String PASSWORD = "email-pass";
    static final String FROM = "email-from";
    /** starttls (the default: upgrade when the server offers it), required, ssl (implicit TLS, port 465) or off. */
    static final String TLS = "email-tls";

    private EmailKeys() {
    }
}
