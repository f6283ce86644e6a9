package org.botserver.application.access;

import java.util.Objects;

/** Spends one token of the client address's request budget per request. */
public final class AdmitRequestService implements AdmitRequest {

    private final RateBuckets buckets;
    private final RateLimit perClient;

    public AdmitRequestService(RateBuckets buckets, RateLimit perClient) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.perClient = Objects.requireNonNull(perClient, "perClient");
    }

    @Override
    public void admit(String clientAddress) {
        buckets.take(perClient, "ip:" + clientAddress).ifPresent(wait -> {
            throw new RateLimitedException(perClient, wait);
        });
    }
}
