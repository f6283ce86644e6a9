package org.botserver.application.http;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Performs one HTTP request for a dialog, following at most a few redirects, and returns whatever status the
 * server answered. Refuses addresses that are not public (loopback, private, link-local...) unless allow-listed.
 */
@SecondaryPort
public interface HttpFetcher {

    /** @throws HttpFetchException with a plain reason when no answer could be had (refused address, timeout, too large...) */
    FetchResponse fetch(FetchRequest request);
}
