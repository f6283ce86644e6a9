package org.botserver.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.botserver.domain.bot.PackagePath;
import org.junit.jupiter.api.Test;

/** A crawled page's file in the site's collection: from its path, always .html, always a safe package path. */
class CrawledPageTest {

    private static String path(String url) {
        return new CrawledPage(URI.create(url), new byte[0]).documentPath();
    }

    @Test
    void pages_are_named_after_their_paths() {
        assertEquals("index.html", path("https://example.com"));
        assertEquals("index.html", path("https://example.com/"));
        assertEquals("docs/intro.html", path("https://example.com/docs/intro"));
        assertEquals("docs/index.html", path("https://example.com/docs/"));
        assertEquals("docs/intro.html", path("https://example.com/docs/intro.html"));
    }

    @Test
    void a_query_makes_a_page_of_its_own() {
        String second = path("https://example.com/list?page=2");

        assertTrue(second.startsWith("list_") && second.endsWith(".html"), second);
        assertTrue(!second.equals(path("https://example.com/list?page=3")));
    }

    @Test
    void characters_and_segments_a_package_path_refuses_are_made_safe() {
        for (String url : new String[] {"https://example.com/a:b/c*d", "https://example.com/%2e%2e/x", "https://example.com/.hidden/y"}) {
            assertTrue(PackagePath.isValid(path(url)), path(url));
        }
    }
}
