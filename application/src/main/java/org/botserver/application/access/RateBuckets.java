package org.botserver.application.access;

import java.time.Duration;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Token buckets, one per limit and key, kept in this process or shared by a cluster. */
@SecondaryPort
public interface RateBuckets {

    /** Takes one token from the key's bucket; empty when it had one, else how long until it will. */
    Optional<Duration> take(RateLimit limit, String key);
}
