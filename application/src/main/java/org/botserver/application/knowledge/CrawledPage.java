package org.botserver.application.knowledge;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** A page read from a web site: where it came from and its HTML. */
public record CrawledPage(URI url, byte[] html) {

    public CrawledPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(html, "html");
    }

    /**
     * The page's file in the site's collection, from its path: "/" is "index.html", "/docs/intro" is
     * "docs/intro.html"; a query adds a short hash of it, so "?page=2" is a page of its own. Characters a package
     * path refuses become "_".
     */
    public String documentPath() {
        List<String> segments = new ArrayList<>();
        for (String segment : (url.getPath() == null ? "" : url.getPath()).split("/")) {
            String clean = segment.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
            if (!clean.isEmpty() && !clean.equals(".") && !clean.equals("..") && !clean.startsWith(".")) segments.add(clean);
        }
        if (segments.isEmpty() || (url.getPath() != null && url.getPath().endsWith("/"))) segments.add("index");
        String last = segments.removeLast();
        if (last.endsWith(".html") || last.endsWith(".htm")) last = last.substring(0, last.lastIndexOf('.'));
        if (url.getRawQuery() != null) last += "_" + shortHash(url.getRawQuery());
        segments.add(last + ".html");
        return String.join("/", segments);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256.", e);
        }
    }
}
