package org.botserver.adapter.out.persistence.bucket4j;

import org.botserver.application.access.RateBuckets;

/** The in-process buckets keep the rate-limit contract. */
class Bucket4jRateBucketsTest extends RateBucketsContract {

    private final Bucket4jRateBuckets buckets = new Bucket4jRateBuckets();

    @Override
    protected RateBuckets buckets() {
        return buckets;
    }
}
