package org.botserver.application.job;

import java.util.Objects;

/** How an unattended run of a dialog ended: what it said when it finished, or why it did not. */
public record JobOutcome(Status status, String detail) {

    /** Whether the dialog ran to its end. */
    public enum Status { SUCCEEDED, FAILED }

    public JobOutcome {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static JobOutcome succeeded(String said) {
        return new JobOutcome(Status.SUCCEEDED, said);
    }

    public static JobOutcome failed(String problem) {
        return new JobOutcome(Status.FAILED, problem);
    }
}
