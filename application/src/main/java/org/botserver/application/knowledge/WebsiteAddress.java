package org.botserver.application.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.botserver.application.conversation.InvalidCommandException;

/**
 * A web site's start page, as USE WEBSITE names it: an absolute http or https address without credentials. Its
 * pages go into the collection named after the site ("docs.example.com", with "-8080" for another port).
 */
public record WebsiteAddress(URI uri) {

    public WebsiteAddress {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new InvalidCommandException("'" + uri + "' is not an http or https address.");
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new InvalidCommandException("'" + uri + "' names no host.");
        if (uri.getRawUserInfo() != null) throw new InvalidCommandException("A web site to read must not carry a user name or password.");
    }

    public static WebsiteAddress parse(String text) {
        try {
            return new WebsiteAddress(new URI(text.strip()).normalize());
        } catch (URISyntaxException e) {
            throw new InvalidCommandException("'" + text + "' is not a web address.");
        }
    }

    /** Whether the address is on this site: the same scheme, host and port. */
    public boolean sameSite(URI other) {
        return other.getScheme() != null && other.getScheme().equalsIgnoreCase(uri.getScheme())
                && other.getHost() != null && other.getHost().equalsIgnoreCase(uri.getHost()) && port(other) == port(uri);
    }

    /** The collection holding the site's pages: its host, and its port when not the scheme's own. */
    public String collection() {
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        boolean ownPort = uri.getPort() == -1 || port(uri) == (uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        String name = ownPort ? host : host + "-" + uri.getPort();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static int port(URI address) {
        if (address.getPort() != -1) return address.getPort();
        return "https".equalsIgnoreCase(address.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
