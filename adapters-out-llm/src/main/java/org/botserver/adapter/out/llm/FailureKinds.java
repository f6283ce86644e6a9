package org.botserver.adapter.out.llm;

import org.botserver.application.llm.LlmReply;

/** How a provider's HTTP status, once the SDK's retries are spent, reads as a failure kind. */
public final class FailureKinds {

    private FailureKinds() {
    }

    public static LlmReply.Kind ofStatus(int status) {
        if (status == 429) return LlmReply.Kind.RATE_LIMITED;
        if (status == 408 || status >= 500) return LlmReply.Kind.UNAVAILABLE;
        return LlmReply.Kind.REFUSED;
    }

    /** A stream that broke after some of the answer arrived was cut off; before that, the provider was unreachable. */
    public static LlmReply.Kind ofBrokenStream(boolean started) {
        return started ? LlmReply.Kind.CUT_OFF : LlmReply.Kind.UNAVAILABLE;
    }
}
