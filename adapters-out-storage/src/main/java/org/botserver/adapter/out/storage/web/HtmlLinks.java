package org.botserver.adapter.out.storage.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.Link;
import org.apache.tika.sax.LinkContentHandler;
import org.xml.sax.SAXException;

/** The pages a page links to ({@code <a href>}), as absolute addresses without fragments, read by Tika's HTML parser. */
final class HtmlLinks {

    private HtmlLinks() {
    }

    static Set<URI> of(byte[] html, URI page) {
        LinkContentHandler handler = new LinkContentHandler();
        try (InputStream in = new ByteArrayInputStream(html)) {
            new JSoupParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            // A page whose markup cannot be read links nowhere; its text is still indexed by ingestion.
            return Set.of();
        }
        Set<URI> links = new LinkedHashSet<>();
        for (Link link : handler.getLinks()) {
            if (!link.isAnchor() || link.getUri().isBlank()) continue;
            try {
                URI target = page.resolve(new URI(link.getUri().strip().replace(" ", "%20")));
                links.add(new URI(target.getScheme(), target.getRawAuthority() == null ? null : target.getAuthority(),
                        target.getPath(), target.getQuery(), null));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // A malformed link is not followed.
            }
        }
        return links;
    }
}
