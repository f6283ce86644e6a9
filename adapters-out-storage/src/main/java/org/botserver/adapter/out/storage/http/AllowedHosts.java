package org.botserver.adapter.out.storage.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * The hosts an operator lets bots reach even though they are not public (an intranet API, a test server): each entry
 * a host name or address, any port ({@code api.internal}, {@code 10.0.0.5}, {@code ::1}), or one port of it
 * ({@code 127.0.0.1:8089}, {@code [::1]:8089}).
 */
public record AllowedHosts(Set<String> entries) {

    public AllowedHosts {
        entries = Set.copyOf(entries);
    }

    public static AllowedHosts none() {
        return new AllowedHosts(Set.of());
    }

    /** Parses a comma-separated list; blank entries are ignored. */
    public static AllowedHosts parse(String list) {
        return new AllowedHosts(Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty()).map(AllowedHosts::canonical).collect(Collectors.toSet()));
    }

    /** Whether requests to this URL's host and port may go to addresses that are not public. */
    public boolean permits(HttpUrl url) {
        return entries.contains(url.host()) || entries.contains(url.host() + ":" + url.port());
    }

    /** The entry with its host written as OkHttp writes URL hosts, so "LOCALHOST" or "[::1]" match. */
    private static String canonical(String entry) {
        String host = entry;
        String port = "";
        int close = entry.indexOf(']');
        if (entry.startsWith("[") && close > 0) {
            host = entry.substring(0, close + 1);
            port = entry.substring(close + 1);
        } else if (entry.indexOf(':') == entry.lastIndexOf(':') && entry.indexOf(':') > 0) {
            host = entry.substring(0, entry.indexOf(':'));
            port = entry.substring(entry.indexOf(':'));
        } else if (entry.contains(":")) {
            host = "[" + entry + "]";
        }
        HttpUrl url = HttpUrl.parse("http://" + host + "/");
        if (url == null || !port.isEmpty() && !port.matches(":\\d{1,5}")) {
            throw new IllegalArgumentException("\"" + entry + "\" in the HTTP allow-list is not a host or host:port.");
        }
        return url.host().toLowerCase(Locale.ROOT) + port;
    }
}
