package org.botserver.application.knowledge;

import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Reads a web site's pages from its start page: same-site links only, as the site's robots.txt permits, within the
 * limits, never from a private or loopback address unless the server allows that host. Pages that fail are left
 * out; a start page that cannot be read is a {@link WebsiteUnreachableException} with the plain reason.
 */
@SecondaryPort
public interface WebsiteCrawler {

    List<CrawledPage> crawl(WebsiteAddress start, CrawlLimits limits);
}
