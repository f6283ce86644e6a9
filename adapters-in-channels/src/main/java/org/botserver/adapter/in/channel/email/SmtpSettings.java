package org.botserver.adapter.in.channel.email;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.domain.bot.BotId;

/** One bot's SMTP server, account and TLS mode, read from its settings and checked; {@link #toString()} hides the password. */
record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, String from, Tls tls) {

    /** How the connection is protected. */
    enum Tls { STARTTLS, REQUIRED, SSL, OFF }

    /**
     * @throws IllegalArgumentException with a plain reason naming the setting to fix
     */
    static SmtpSettings of(BotId bot, ChannelSettings settings) {
        String host = get(bot, settings, EmailKeys.SERVER).orElseThrow(() -> new IllegalArgumentException(
                "No mail server is set for bot " + bot.value() + ": set email-server in its config.csv (or EMAIL_SERVER)."));
        Tls tls = get(bot, settings, EmailKeys.TLS).map(SmtpSettings::tls).orElse(Tls.STARTTLS);
        int port = get(bot, settings, EmailKeys.PORT).map(SmtpSettings::port).orElse(tls == Tls.SSL ? 465 : 587);
        Optional<String> user = get(bot, settings, EmailKeys.USER);
        Optional<String> password = get(bot, settings, EmailKeys.PASSWORD);
        if (user.isPresent() && password.isEmpty()) {
            throw new IllegalArgumentException("email-user is set for bot " + bot.value() + " but email-pass is not.");
        }
        String from = get(bot, settings, EmailKeys.FROM).or(() -> user.filter(u -> u.contains("@")))
                .orElseThrow(() -> new IllegalArgumentException("No sender address is set for bot " + bot.value()
                        + ": set email-from in its config.csv (or EMAIL_FROM)."));
        return new SmtpSettings(host, port, user, password, from, tls);
    }

    /** Jakarta Mail's session properties for this server, every wait bounded by {@code timeout}. */
    Properties properties(Duration timeout) {
        Properties p = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", String.valueOf(user.isPresent()));
        switch (tls) {
            case STARTTLS -> p.setProperty("mail.smtp.starttls.enable", "true");
            case REQUIRED -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.setProperty("mail.smtp.ssl.enable", "true");
            case OFF -> { }
        }
        // A TLS connection checks the certificate is for this host, not just any trusted one.
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return p;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user " + user.orElse("none") + ", from " + from + ", tls " + tls + "]";
    }

    private static Optional<String> get(BotId bot, ChannelSettings settings, String key) {
        return settings.get(bot, key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("email-port must be a port number (1 to 65535), not '" + text + "'.");
    }

    private static Tls tls(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "starttls", "auto", "true", "yes", "on" -> Tls.STARTTLS;
            case "required", "require", "starttls-required" -> Tls.REQUIRED;
            case "ssl", "tls", "smtps" -> Tls.SSL;
            case "off", "false", "no", "none" -> Tls.OFF;
            default -> throw new IllegalArgumentException("email-tls is starttls, required, ssl or off, not '" + text + "'.");
        };
    }
}
