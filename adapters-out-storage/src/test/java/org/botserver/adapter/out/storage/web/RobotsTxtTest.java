package org.botserver.adapter.out.storage.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** robots.txt read as RFC 9309 says, for the crawler whose product token is BotServer. */
class RobotsTxtTest {

    private static RobotsTxt robots(String text) {
        return RobotsTxt.parse(text, "BotServer");
    }

    @Test
    void the_star_group_applies_when_no_group_names_the_crawler() {
        var robots = robots("User-agent: *\nDisallow: /private/\n");

        assertFalse(robots.allows("/private/plans.html"));
        assertTrue(robots.allows("/public/index.html"));
    }

    @Test
    void a_group_naming_the_crawler_replaces_the_star_group_whatever_the_case() {
        var robots = robots("User-agent: *\nDisallow: /\n\nUser-agent: botserver\nDisallow: /drafts/\n");

        assertTrue(robots.allows("/docs/a.html"));
        assertFalse(robots.allows("/drafts/a.html"));
    }

    @Test
    void consecutive_user_agent_lines_share_one_group_and_other_groups_are_ignored() {
        var robots = robots("User-agent: Googlebot\nUser-agent: BotServer\nDisallow: /a/\n\nUser-agent: Bingbot\nDisallow: /b/\n");

        assertFalse(robots.allows("/a/x"));
        assertTrue(robots.allows("/b/x"));
    }

    @Test
    void the_longest_matching_rule_wins_and_allow_wins_a_tie() {
        var robots = robots("User-agent: *\nDisallow: /docs/\nAllow: /docs/public/\nDisallow: /same\nAllow: /same\n");

        assertFalse(robots.allows("/docs/secret.html"));
        assertTrue(robots.allows("/docs/public/intro.html"));
        assertTrue(robots.allows("/same"));
    }

    @Test
    void wildcards_and_end_anchors_match_as_patterns() {
        var robots = robots("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n");

        assertFalse(robots.allows("/files/manual.pdf"));
        assertTrue(robots.allows("/files/manual.pdf.html"));
        assertFalse(robots.allows("/page?session=42"));
        assertTrue(robots.allows("/page?lang=en"));
    }

    @Test
    void an_empty_disallow_comments_and_unknown_lines_allow_everything() {
        var robots = robots("# hello\nUser-agent: * # everyone\nDisallow:\nSitemap: https://example.com/sitemap.xml\nnonsense\n");

        assertTrue(robots.allows("/anything"));
    }

    @Test
    void the_crawl_delay_of_the_applying_group_is_kept_in_seconds() {
        assertEquals(Optional.of(Duration.ofMillis(2500)), robots("User-agent: *\nCrawl-delay: 2.5\n").crawlDelay());
        assertEquals(Optional.empty(), robots("User-agent: other\nCrawl-delay: 9\n").crawlDelay());
        assertEquals(Optional.empty(), robots("User-agent: *\nCrawl-delay: soon\n").crawlDelay());
    }

    @Test
    void robots_txt_itself_is_always_allowed_and_the_fallbacks_allow_all_or_nothing() {
        assertTrue(robots("User-agent: *\nDisallow: /\n").allows("/robots.txt"));
        assertTrue(RobotsTxt.ALLOW_ALL.allows("/x"));
        assertFalse(RobotsTxt.DISALLOW_ALL.allows("/x"));
    }
}
