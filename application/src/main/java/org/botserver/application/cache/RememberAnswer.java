package org.botserver.application.cache;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Keeps a model's answer for later questions; answers that called tools are never kept. */
@PrimaryPort
public interface RememberAnswer {

    /** Never throws for a cache failure: the answer has been given, the cache is only a shortcut. */
    Remembered remember(CacheQuery query, CachedAnswer answer);
}
